package th.go.moph.dho.eservice;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status may follow which, for staff. The citizen's withdrawal (any open status →
 * {@link RequestStatus#WITHDRAWN}) is the citizen's own and not in this table; closed
 * statuses lead nowhere.
 */
public final class RequestTransitions {

	private static final Map<RequestStatus, Set<RequestStatus>> BY_STAFF = new EnumMap<>(RequestStatus.class);

	static {
		BY_STAFF.put(RequestStatus.RECEIVED, EnumSet.of(RequestStatus.IN_PROGRESS, RequestStatus.FORWARDED,
				RequestStatus.WAITING_FOR_CITIZEN, RequestStatus.DONE, RequestStatus.REJECTED));
		BY_STAFF.put(RequestStatus.IN_PROGRESS, EnumSet.of(RequestStatus.FORWARDED, RequestStatus.WAITING_FOR_CITIZEN,
				RequestStatus.DONE, RequestStatus.REJECTED));
		BY_STAFF.put(RequestStatus.FORWARDED,
				EnumSet.of(RequestStatus.IN_PROGRESS, RequestStatus.DONE, RequestStatus.REJECTED));
		BY_STAFF.put(RequestStatus.WAITING_FOR_CITIZEN,
				EnumSet.of(RequestStatus.IN_PROGRESS, RequestStatus.DONE, RequestStatus.REJECTED));
		BY_STAFF.put(RequestStatus.DONE, EnumSet.noneOf(RequestStatus.class));
		BY_STAFF.put(RequestStatus.REJECTED, EnumSet.noneOf(RequestStatus.class));
		BY_STAFF.put(RequestStatus.WITHDRAWN, EnumSet.noneOf(RequestStatus.class));
	}

	private RequestTransitions() {
	}

	/** The statuses staff may move a request to from {@code from}. */
	public static Set<RequestStatus> allowedByStaff(RequestStatus from) {
		Set<RequestStatus> next = BY_STAFF.get(from);
		return next == null || next.isEmpty() ? EnumSet.noneOf(RequestStatus.class) : EnumSet.copyOf(next);
	}

	/** Whether staff may move a request from {@code from} to {@code to}. */
	public static boolean staffMay(RequestStatus from, RequestStatus to) {
		return BY_STAFF.getOrDefault(from, Set.of()).contains(to);
	}

	/**
	 * Whether the status needs a note for the citizen: what is missing, why it was
	 * rejected.
	 */
	public static boolean needsCitizenMessage(RequestStatus to) {
		return to == RequestStatus.WAITING_FOR_CITIZEN || to == RequestStatus.REJECTED;
	}

}
