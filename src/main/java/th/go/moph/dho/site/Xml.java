package th.go.moph.dho.site;

import org.jspecify.annotations.Nullable;

/**
 * Escapes text for XML documents the site writes (sitemap, feed).
 */
final class Xml {

	private Xml() {
	}

	static String escape(@Nullable String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					// characters XML 1.0 does not allow are left out
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| c >= 0x10000) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
