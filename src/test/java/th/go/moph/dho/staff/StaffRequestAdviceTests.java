package th.go.moph.dho.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.ServletException;

class StaffRequestAdviceTests {

	static final String CONFLICT = "มีเจ้าหน้าที่ท่านอื่นแก้ไขไปก่อนแล้ว";

	final MockMvc mvc;

	StaffRequestAdviceTests() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("staff.error.conflict", Locale.getDefault(), CONFLICT);
		messages.setUseCodeAsDefaultMessage(true);
		this.mvc = MockMvcBuilders.standaloneSetup(new SecondApprover())
			.setControllerAdvice(new StaffRequestAdvice(messages))
			.build();
	}

	@Test
	void theSecondOfTwoSimultaneousApprovalsGoesBackToItsPageWithAThaiMessage() throws Exception {
		this.mvc
			.perform(post("/staff/review/7/approve").header("Referer", "http://localhost:8080/staff/review/7?tab=diff")
				.locale(Locale.getDefault()))
			.andExpect(redirectedUrl("/staff/review/7?tab=diff"))
			.andExpect(flash().attribute("errorText", CONFLICT));
	}

	@Test
	void withoutAStaffRefererTheWorkspaceIsTheSafePlaceToGoBackTo() throws Exception {
		this.mvc.perform(post("/staff/review/7/approve"))
			.andExpect(redirectedUrl("/staff"))
			.andExpect(flash().attributeExists("errorText"));
		this.mvc.perform(post("/staff/review/7/approve").header("Referer", "https://evil.example/staff/x"))
			.andExpect(redirectedUrl("/staff/x"));
		assertThat(StaffRequestAdvice.backTo("https://evil.example/phish", "")).isEqualTo("/staff");
		assertThat(StaffRequestAdvice.backTo("not a uri ::", "")).isEqualTo("/staff");
	}

	@Test
	void outsideTheStaffScreensTheConflictIsNotHidden() {
		assertThatExceptionOfType(ServletException.class).isThrownBy(() -> this.mvc.perform(post("/api/other")))
			.withCauseInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

	@Controller
	static class SecondApprover {

		@PostMapping({ "/staff/review/7/approve", "/api/other" })
		String approve() {
			throw new ObjectOptimisticLockingFailureException("ContentRevision", 7L);
		}

	}

}
