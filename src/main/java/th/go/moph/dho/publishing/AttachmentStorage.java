package th.go.moph.dho.publishing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment bytes on disk, each under a generated key and never under a name that
 * a user gave, so no request can reach a file by a path.
 */
@Component
public class AttachmentStorage {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

	private final Path directory;

	AttachmentStorage(StorageSettings settings) {
		this.directory = settings.directory().toAbsolutePath().normalize();
	}

	/** Stores the bytes and returns what is needed to find and describe them. */
	public StoredFile store(InputStream content, String originalName, String mediaType) {
		String key = UUID.randomUUID().toString().replace("-", "");
		Path target = pathOf(key);
		Path temp = null;
		try {
			Files.createDirectories(target.getParent());
			temp = Files.createTempFile(target.getParent(), "upload-", ".tmp");
			MessageDigest digest = sha256();
			long size;
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
				size = content.transferTo(out);
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			return new StoredFile(key, originalName, mediaType, size, HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException ex) {
			deleteQuietly(temp);
			throw new UncheckedIOException("Could not store attachment", ex);
		}
	}

	public Resource load(String storageKey) {
		return new FileSystemResource(pathOf(storageKey));
	}

	/** Removes bytes that no saved record refers to (an upload whose save failed). */
	public void delete(String storageKey) {
		try {
			Files.deleteIfExists(pathOf(storageKey));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not delete attachment", ex);
		}
	}

	/** A broken upload leaves no partial file behind. */
	private static void deleteQuietly(@Nullable Path temp) {
		if (temp == null) {
			return;
		}
		try {
			Files.deleteIfExists(temp);
		}
		catch (IOException ignored) {
			// the original failure is what matters
		}
	}

	private Path pathOf(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key");
		}
		return this.directory.resolve(key.substring(0, 2)).resolve(key);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
