package th.go.moph.dho.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo content ({@code dho.demo.*}).
 *
 * @param enabled whether to load the example content into an empty embedded database
 * (never under the {@code mysql} profile, never into anything but H2)
 * @param resource the JSON file that holds the example content
 * @param author the staff account recorded as author and submitter of the example items
 * @param approver the staff account recorded as their approver (another person, as the
 * workflow requires)
 */
@ConfigurationProperties("dho.demo")
public record DemoSettings(@DefaultValue("false") boolean enabled,
		@DefaultValue("classpath:demo/content.json") String resource, @DefaultValue("editor") String author,
		@DefaultValue("approver") String approver) {
}
