package th.go.moph.dho.eservice;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * A CSV file that Excel opens with Thai intact, like the statistics exports: UTF-8 with a
 * byte order mark, CRLF lines, fields quoted when needed, and cells a spreadsheet would
 * run as a formula (starting with {@code = + - @}, tab or carriage return) prefixed with
 * an apostrophe.
 */
final class EvidenceCsv {

	static final String BOM = "\uFEFF";

	private final StringBuilder text = new StringBuilder(BOM);

	EvidenceCsv row(@Nullable Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				this.text.append(',');
			}
			this.text.append(cell(cells[i] == null ? "" : cells[i].toString()));
		}
		this.text.append("\r\n");
		return this;
	}

	byte[] bytes() {
		return this.text.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String cell(String value) {
		String v = value;
		if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
			v = '"' + v.replace("\"", "\"\"") + '"';
		}
		return v;
	}

}
