package th.go.moph.dho.catalog;

/**
 * No category or section has the requested slug; the site answers with its 404 page.
 */
public class CategoryNotFoundException extends RuntimeException {

	public CategoryNotFoundException(String slug) {
		super("No category or section '" + slug + "'");
	}

}
