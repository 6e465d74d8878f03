package th.go.moph.dho.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.URIAction;

/**
 * The rich menu: its image, its areas and idempotent provisioning at a fake LINE server.
 */
class RichMenuTests {

	static RichMenu menu() {
		LineMessages messages = LineMessagesTests.messages();
		org.springframework.context.support.ResourceBundleMessageSource source = new org.springframework.context.support.ResourceBundleMessageSource();
		source.setBasename("messages/line");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new RichMenu(messages, source);
	}

	@Test
	void drawsA2500By1686PngUnderOneMegabyte() throws Exception {
		byte[] png = menu().png();
		assertThat(png.length).isLessThan(1_000_000);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(2500);
		assertThat(image.getHeight()).isEqualTo(1686);
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target/rich-menu.png"), png);
	}

	@Test
	void hasSixAreasCoveringTheImage() {
		var areas = menu().areas();
		assertThat(areas).hasSize(6);
		long total = areas.stream().mapToLong(a -> a.bounds().width() * a.bounds().height()).sum();
		assertThat(total).isEqualTo(2500L * 1686L);
		assertThat(areas.subList(0, 5)).allSatisfy(a -> assertThat(a.action()).isInstanceOf(PostbackAction.class));
		assertThat(((URIAction) areas.get(5).action()).uri().toString()).endsWith("/liff/");
		assertThat(((PostbackAction) areas.get(0).action()).data()).isEqualTo("a=news");
	}

	@Test
	void provisionsOnceAndReusesTheSameMenu() {
		FakeLineServer line = new FakeLineServer();
		LineSettings settings = LineClientTests.settings(line.url(), 0);
		RichMenu menu = menu();
		RichMenuProvisioner provisioner = new RichMenuProvisioner(new LineChannel(settings, new MockEnvironment()),
				menu);
		RichMenuProvisioner.Result first = provisioner.provision();
		RichMenuProvisioner.Result second = provisioner.provision();
		assertThat(first.created()).isTrue();
		assertThat(second.created()).isFalse();
		assertThat(second.richMenuId()).isEqualTo(first.richMenuId());
		assertThat(line.calls("/v2/bot/richmenu")).hasSize(1);
		assertThat(line.calls("/v2/bot/richmenu/" + first.richMenuId() + "/content")).hasSize(1);
		assertThat(line.calls("/v2/bot/user/all/richmenu/" + first.richMenuId())).hasSize(2);
		assertThat(line.calls("/v2/bot/richmenu").get(0).body()).contains(menu.name()).contains("\"width\":2500");
	}

}
