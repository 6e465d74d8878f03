package th.go.moph.dho.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

@SpringBootTest
class AuditTransactionTests {

	@Autowired
	PublicationWorkflow workflow;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	ContentService content;

	@Test
	void failingTransitionLeavesNoAuditRecordAndNoPublicationRequest() {
		ContentRevision draft = this.workflow.createDraft("news", ContentFields.of("ข่าว", null, "x"), "somsri");
		this.workflow.submit(draft.getId(), "somsri", null);
		long auditBefore = count("audit_record");
		doThrow(new IllegalStateException("disk full")).when(this.content).goLive(anyLong());

		assertThatThrownBy(() -> this.workflow.approve(draft.getId(), "somchai", null))
			.isInstanceOf(IllegalStateException.class);

		assertThat(count("audit_record")).isEqualTo(auditBefore);
		assertThat(count("publication_request")).isZero();
		assertThat(this.jdbc.sql("SELECT status FROM content_revision WHERE id = ?")
			.param(draft.getId())
			.query(String.class)
			.single()).isEqualTo("PENDING");
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
