package th.go.moph.dho.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import th.go.moph.dho.publishing.LineDiff.Change;
import th.go.moph.dho.publishing.LineDiff.Line;

class LineDiffTests {

	@Test
	void marksRemovedAndAddedLinesAroundCommonOnes() {
		assertThat(LineDiff.between("ก\nข\nค", "ก\nค\nง")).containsExactly(new Line(Change.SAME, "ก"),
				new Line(Change.REMOVED, "ข"), new Line(Change.SAME, "ค"), new Line(Change.ADDED, "ง"));
	}

	@Test
	void newTextIsAllAdded() {
		assertThat(LineDiff.between("", "ก\nข")).extracting(Line::change).containsExactly(Change.ADDED, Change.ADDED);
	}

	@Test
	void equalTextHasNoChange() {
		assertThat(LineDiff.between("a\nb", "a\nb")).allMatch(l -> l.change() == Change.SAME);
	}

	@Test
	void revisionDiffListsChangedFieldsOnly() {
		ContentRevision a = new ContentRevision(1, 1, "หัวข้อ", "x", java.time.Instant.EPOCH);
		a.setBodyMarkdown("บรรทัด 1");
		ContentRevision b = new ContentRevision(1, 2, "หัวข้อใหม่", "x", java.time.Instant.EPOCH);
		b.setBodyMarkdown("บรรทัด 1\nบรรทัด 2");
		RevisionDiff diff = RevisionDiff.between(a, b);
		assertThat(diff.fields()).containsExactly(new RevisionDiff.FieldChange("title", "หัวข้อ", "หัวข้อใหม่"));
		assertThat(diff.bodyChanged()).isTrue();
	}

}
