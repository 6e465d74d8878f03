package th.go.moph.dho.publishing.workflow;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The parts of the edit form that are not the draft itself: which button was pressed
 * (each posts its own name: {@code upload}, {@code submitForApproval},
 * {@code publishUrgently}, or {@code removeAttachment} with a file's id; {@code save} or
 * none is a plain save), the chosen file with its description, the remarks for the
 * approver and an approver's reason to publish urgently.
 */
record FormAction(@Nullable String upload, @Nullable String submitForApproval, @Nullable String publishUrgently,
		@Nullable Long removeAttachment, @Nullable MultipartFile file, @Nullable String altText,
		@Nullable String remarks, @Nullable String reason) {

	boolean uploads() {
		return this.upload != null;
	}

	boolean submits() {
		return this.submitForApproval != null;
	}

	boolean publishesUrgently() {
		return this.publishUrgently != null;
	}

}
