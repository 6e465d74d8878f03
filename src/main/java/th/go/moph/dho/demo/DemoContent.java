package th.go.moph.dho.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The example content as {@code demo/content.json} holds it. Dates are relative to the
 * day the content is loaded, so the demo always looks current; texts may name
 * {@code {fy}}, {@code {fy-1}}, {@code {month-1}} and the like (see {@link DemoText}).
 *
 * @param note the example-content note added to every body
 * @param marker the short marker put before every summary
 * @param items the items, in the order they are created
 */
record DemoContent(String note, String marker, List<Item> items) {

	/**
	 * One item.
	 *
	 * @param section slug of the catalog section
	 * @param slug import key (FAQ entries carry one)
	 * @param title title
	 * @param summary summary
	 * @param body Markdown lines
	 * @param daysAgo published this many days before loading
	 * @param monthsAgo with {@code day}: published on that day of the month this many
	 * months back (never later than now)
	 * @param day day of that month
	 * @param fiscalYearOffset fiscal year relative to the current one (otherwise the
	 * fiscal year of the publish date)
	 * @param source source of a law or knowledge item
	 * @param link URL of a link or e-service
	 * @param person the person an executive item is about
	 * @param procurement facts of a procurement announcement or result
	 * @param faq keywords and example questions of an FAQ entry
	 * @param steps ordered steps of a manual or guide
	 * @param files generated downloads
	 * @param images generated images
	 */
	record Item(String section, @Nullable String slug, String title, @Nullable String summary,
			@Nullable List<String> body, @Nullable Integer daysAgo, @Nullable Integer monthsAgo, @Nullable Integer day,
			@Nullable Integer fiscalYearOffset, @Nullable Source source, @Nullable String link, @Nullable Person person,
			@Nullable Procurement procurement, @Nullable Faq faq, @Nullable List<Step> steps,
			@Nullable List<FileSpec> files, @Nullable List<ImageSpec> images) {

		List<String> bodyLines() {
			return Objects.requireNonNullElse(this.body, List.of());
		}

		List<Step> stepList() {
			return Objects.requireNonNullElse(this.steps, List.of());
		}

		List<FileSpec> fileList() {
			return Objects.requireNonNullElse(this.files, List.of());
		}

		List<ImageSpec> imageList() {
			return Objects.requireNonNullElse(this.images, List.of());
		}

	}

	/**
	 * Where a law or a piece of knowledge comes from; {@code daysAgo} dates the
	 * information.
	 */
	record Source(String name, @Nullable String url, @Nullable Integer daysAgo) {
	}

	record Person(String name, @Nullable String position, @Nullable String phone) {
	}

	record Procurement(@Nullable String method, @Nullable BigDecimal budget, @Nullable String winner,
			@Nullable BigDecimal contract, @Nullable Integer announcedDaysAgo, @Nullable Integer contractDaysAgo) {
	}

	record Faq(List<String> keywords, List<String> questions) {
	}

	record Step(String title, @Nullable String description, String duration) {
	}

	/**
	 * A download generated at load time: a PDF (Sarabun font) for {@code .pdf} names,
	 * UTF-8 CSV for {@code .csv} names.
	 *
	 * @param name the Thai file name people download
	 * @param lines extra lines of text (PDF paragraphs or CSV rows)
	 */
	record FileSpec(String name, @Nullable List<String> lines) {

		List<String> lineList() {
			return Objects.requireNonNullElse(this.lines, List.of());
		}

	}

	/**
	 * A PNG generated at load time.
	 *
	 * @param style {@code avatar}, {@code photo} or {@code infographic}
	 * @param name file name
	 * @param alt alternative text
	 * @param lines text drawn on a photo caption or an infographic
	 */
	record ImageSpec(String style, String name, String alt, @Nullable List<String> lines) {

		List<String> lineList() {
			return Objects.requireNonNullElse(this.lines, List.of());
		}

	}

}
