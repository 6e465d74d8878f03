package th.go.moph.dho.site;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import io.nayuki.qrcodegen.QrCode;
import th.go.moph.dho.office.OfficeSettings;

/**
 * The QR code of the LINE add-friend link ({@code /line-qr.svg}), drawn here as SVG with
 * the qrcodegen library: no QR service outside, works with no network. Not found while no
 * LINE ID is set.
 */
@Controller
class LineQrController {

	static final String PATH = "/line-qr.svg";

	private final OfficeSettings office;

	LineQrController(OfficeSettings office) {
		this.office = office;
	}

	@GetMapping(PATH)
	ResponseEntity<String> qr() {
		if (!this.office.hasLineId()) {
			return ResponseEntity.notFound().build();
		}
		QrCode qr = QrCode.encodeText(this.office.lineAddFriendUrl(), QrCode.Ecc.MEDIUM);
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(svg(qr, 4));
	}

	/** The code as one SVG path of dark modules, with a quiet zone of {@code border}. */
	static String svg(QrCode qr, int border) {
		int size = qr.size + border * 2;
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
				}
			}
		}
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
				+ "\" shape-rendering=\"crispEdges\">\n" + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"
				+ "<path d=\"" + path + "\" fill=\"#000000\"/>\n</svg>\n";
	}

}
