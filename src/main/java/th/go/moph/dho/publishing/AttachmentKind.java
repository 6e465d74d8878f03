package th.go.moph.dho.publishing;

/**
 * A downloadable file, or an image shown on the page (with alt text).
 */
public enum AttachmentKind {

	FILE, IMAGE

}
