package th.go.moph.dho.eservice;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A citizen's new request as the LIFF app or the web form sent it.
 *
 * @param serviceCode the service type's code
 * @param answers text answers by field key (LOCATION as {@code "lat,lng"} or words, DATE
 * ISO)
 * @param files files by field key (PHOTO and FILE questions)
 * @param slotId the chosen slot of an appointment service
 * @param anonymous file without name or LINE id (only where the service allows it)
 * @param channel where it was filed
 * @param lineUserId the verified LINE user (LIFF), null on the web
 */
public record Submission(String serviceCode, Map<String, String> answers, Map<String, List<Upload>> files,
		@Nullable Long slotId, boolean anonymous, Channel channel, @Nullable String lineUserId) {

	/** Filed in the LIFF app by a LINE user whose ID token was verified. */
	public static Submission viaLine(String lineUserId, String serviceCode, Map<String, String> answers,
			Map<String, List<Upload>> files, @Nullable Long slotId, boolean anonymous) {
		return new Submission(serviceCode, answers, files, slotId, anonymous, Channel.LINE, lineUserId);
	}

	/** Filed on the website. */
	public static Submission viaWeb(String serviceCode, Map<String, String> answers, Map<String, List<Upload>> files,
			@Nullable Long slotId, boolean anonymous) {
		return new Submission(serviceCode, answers, files, slotId, anonymous, Channel.WEB, null);
	}

}
