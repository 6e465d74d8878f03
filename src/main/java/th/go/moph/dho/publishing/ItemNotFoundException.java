package th.go.moph.dho.publishing;

/**
 * No live item (or file of a live item) has the requested id; the site answers 404.
 */
public class ItemNotFoundException extends RuntimeException {

	public ItemNotFoundException(String what) {
		super("No published " + what);
	}

}
