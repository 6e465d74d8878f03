package th.go.moph.dho.publishing.evidence;

import java.util.List;
import java.util.Optional;

/**
 * Where the evidence screens get their facts: one request-for-publication form per
 * publication request, and all requests of a fiscal year. Exactly one bean implements it.
 */
public interface EvidenceSource {

	/** The form of one publication request, if there is such a request. */
	Optional<EvidenceForm> form(long requestId);

	/** Every publication request of an item, newest first. */
	List<EvidenceForm> formsForItem(long itemId);

	/**
	 * Every publication request made in a Buddhist-era fiscal year (1 October of the year
	 * before to 30 September), with its counts; build it with
	 * {@link MonitoringReport#of}.
	 */
	MonitoringReport report(int buddhistFiscalYear);

}
