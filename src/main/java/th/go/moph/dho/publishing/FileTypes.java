package th.go.moph.dho.publishing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the files staff may attach by their first bytes (magic numbers), never by
 * their name alone: a program or web page renamed to {@code .pdf} or {@code .png} is
 * refused.
 */
public enum FileTypes {

	PDF("application/pdf", false, bytes("%PDF-"), "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false,
			new byte[] { 'P', 'K', 3, 4 }, "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, new byte[] { 'P', 'K', 3, 4 },
			"xlsx"),
	DOC("application/msword", false, ole(), "doc"), XLS("application/vnd.ms-excel", false, ole(), "xls"),
	JPEG("image/jpeg", true, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, "jpg", "jpeg"),
	PNG("image/png", true, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }, "png"),
	GIF("image/gif", true, bytes("GIF8"), "gif"), WEBP("image/webp", true, bytes("RIFF"), "webp");

	/** How many leading bytes {@link #detect} needs. */
	public static final int HEADER_LENGTH = 16;

	private final String mediaType;

	private final boolean image;

	private final byte[] magic;

	private final String[] extensions;

	FileTypes(String mediaType, boolean image, byte[] magic, String... extensions) {
		this.mediaType = mediaType;
		this.image = image;
		this.magic = magic;
		this.extensions = extensions;
	}

	public String mediaType() {
		return this.mediaType;
	}

	public boolean isImage() {
		return this.image;
	}

	/**
	 * The type whose extension the name has AND whose magic bytes the content starts
	 * with; empty when they disagree or the type is not allowed.
	 */
	public static Optional<FileTypes> detect(String fileName, byte[] header) {
		String name = fileName.toLowerCase(Locale.ROOT);
		int dot = name.lastIndexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String extension = name.substring(dot + 1);
		return Arrays.stream(values())
			.filter(t -> Arrays.asList(t.extensions).contains(extension))
			.filter(t -> t.matches(header))
			.findFirst();
	}

	private boolean matches(byte[] header) {
		if (header.length < this.magic.length) {
			return false;
		}
		for (int i = 0; i < this.magic.length; i++) {
			if (header[i] != this.magic[i]) {
				return false;
			}
		}
		if (this == WEBP) {
			return header.length >= 12 && header[8] == 'W' && header[9] == 'E' && header[10] == 'B'
					&& header[11] == 'P';
		}
		return true;
	}

	private static byte[] bytes(String ascii) {
		return ascii.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	}

	private static byte[] ole() {
		return new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
	}

}
