package th.go.moph.dho.eservice;

/**
 * A file a citizen sent, as received: the name it had on their device and its bytes
 * (checked by content before anything is stored).
 */
public record Upload(String fileName, byte[] content) {

	public long size() {
		return this.content.length;
	}

}
