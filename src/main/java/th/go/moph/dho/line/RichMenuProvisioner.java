package th.go.moph.dho.line;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.linecorp.bot.client.base.UploadFile;
import com.linecorp.bot.messaging.model.RichMenuResponse;

/**
 * Puts the rich menu on LINE, idempotently: a menu with the same name (hash of areas and
 * image) is reused; otherwise it is created and its image uploaded through the data API;
 * either way it becomes the default menu.
 */
@Component
class RichMenuProvisioner {

	private static final Logger log = LoggerFactory.getLogger(RichMenuProvisioner.class);

	private final LineChannel channel;

	private final RichMenu menu;

	RichMenuProvisioner(LineChannel channel, RichMenu menu) {
		this.channel = channel;
		this.menu = menu;
	}

	/** What provisioning did. */
	record Result(String richMenuId, String name, boolean created) {
	}

	Result provision() {
		if (this.channel.mode() == LineChannel.Mode.OFF) {
			throw new IllegalStateException("No LINE channel configured");
		}
		String name = this.menu.name();
		try {
			List<RichMenuResponse> existing = this.channel.client()
				.getRichMenuList()
				.get(30, TimeUnit.SECONDS)
				.body()
				.richmenus();
			Optional<String> found = existing == null ? Optional.empty()
					: existing.stream()
						.filter(m -> name.equals(m.name()))
						.map(RichMenuResponse::richMenuId)
						.findFirst();
			boolean created = found.isEmpty();
			String id;
			if (created) {
				id = this.channel.client()
					.createRichMenu(this.menu.request())
					.get(30, TimeUnit.SECONDS)
					.body()
					.richMenuId();
				this.channel.blobClient()
					.setRichMenuImage(id, UploadFile.fromByteArray(this.menu.png(), "image/png"))
					.get(60, TimeUnit.SECONDS);
			}
			else {
				id = found.get();
			}
			this.channel.client().setDefaultRichMenu(id).get(30, TimeUnit.SECONDS);
			log.info("LINE rich menu {} {} and set as default", name, created ? "created" : "reused");
			return new Result(id, name, created);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("LINE refused the rich menu: " + ex.getClass().getSimpleName(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
