package th.go.moph.dho.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class AttachmentStorageTests {

	@TempDir
	Path directory;

	private AttachmentStorage storage() {
		return new AttachmentStorage(new StorageSettings(this.directory, DataSize.ofMegabytes(20)));
	}

	@Test
	void storesBytesUnderAGeneratedKeyWithSizeAndSha256() throws Exception {
		byte[] bytes = "แบบฟอร์มคำร้อง ๑๒๓".getBytes(StandardCharsets.UTF_8);
		StoredFile file = storage().store(new ByteArrayInputStream(bytes), "../../แบบฟอร์ม.pdf", "application/pdf");

		assertThat(file.storageKey()).matches("[0-9a-f]{32}");
		assertThat(file.originalName()).isEqualTo("../../แบบฟอร์ม.pdf");
		assertThat(file.sizeBytes()).isEqualTo(bytes.length);
		assertThat(file.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		try (InputStream in = storage().load(file.storageKey()).getInputStream()) {
			assertThat(in.readAllBytes()).isEqualTo(bytes);
		}
		// the name people gave never becomes a path: the only file is under the key
		try (var files = Files.walk(this.directory)) {
			assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
				.containsExactly(file.storageKey());
		}
	}

	@Test
	void refusesNamesThatAreNotKeys() {
		AttachmentStorage storage = storage();
		for (String name : new String[] { "../x", "..", "/etc/passwd", "ab/../../x", "0123456789abcdef0123456789ABCDEF",
				"0123456789abcdef0123456789abcde", "" }) {
			assertThatIllegalArgumentException().as(name).isThrownBy(() -> storage.load(name));
			assertThatIllegalArgumentException().as(name).isThrownBy(() -> storage.delete(name));
		}
	}

	@Test
	void deletesStoredBytes() {
		AttachmentStorage storage = storage();
		StoredFile file = storage.store(new ByteArrayInputStream(new byte[] { 1, 2, 3 }), "x.bin",
				"application/octet-stream");
		storage.delete(file.storageKey());
		assertThat(storage.load(file.storageKey()).exists()).isFalse();
	}

	@Test
	void leavesNoPartialFileWhenTheUploadBreaks() throws IOException {
		InputStream broken = new InputStream() {
			private int sent;

			@Override
			public int read() throws IOException {
				if (this.sent++ > 1000) {
					throw new IOException("connection reset");
				}
				return 'x';
			}
		};
		assertThatThrownBy(() -> storage().store(broken, "x.pdf", "application/pdf"))
			.isInstanceOf(java.io.UncheckedIOException.class);
		try (var files = Files.walk(this.directory)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

}
