package th.go.moph.dho.stats;

/**
 * How often one public page (its path, with ids replaced by {@code {id}}) was shown.
 *
 * @param path the page
 * @param views times shown
 */
public record PageViews(String path, long views) {
}
