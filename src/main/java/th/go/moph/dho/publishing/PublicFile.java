package th.go.moph.dho.publishing;

import org.jspecify.annotations.Nullable;

/**
 * A file or image of a live item as the public sees it: never its storage key.
 *
 * @param id the attachment id, which its download URL carries
 * @param name the original file name (Thai names kept)
 * @param mediaType its media type
 * @param sizeBytes its size
 * @param sha256 its SHA-256 fingerprint
 * @param altText alternative text of an image
 */
public record PublicFile(long id, String name, String mediaType, long sizeBytes, String sha256,
		@Nullable String altText) {

	/** {@code /files/17}: where the file is downloaded or the image shown. */
	public String url() {
		return "/files/" + this.id;
	}

	public boolean isImage() {
		return this.mediaType.startsWith("image/");
	}

}
