package th.go.moph.dho.publishing;

/**
 * Bytes kept by {@link AttachmentStorage}: where they are, what they were called, what
 * they are and their fingerprint.
 */
public record StoredFile(String storageKey, String originalName, String mediaType, long sizeBytes, String sha256) {
}
