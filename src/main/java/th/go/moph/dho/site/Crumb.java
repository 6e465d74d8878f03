package th.go.moph.dho.site;

import org.jspecify.annotations.Nullable;

/**
 * One step of a page's breadcrumbs: its label and, unless it is the current page, its
 * path.
 */
record Crumb(String label, @Nullable String path) {
}
