package th.go.moph.dho.eservice;

import org.jspecify.annotations.Nullable;

/**
 * The forms on a request's staff page, each bound through its constructor (never the
 * entity).
 */
final class RequestActionForms {

	private RequestActionForms() {
	}

	/**
	 * Move the request to another status, with a note for the citizen and one for staff.
	 */
	record StatusForm(@Nullable String status, @Nullable String citizenMessage, @Nullable String internalNote) {

		static StatusForm empty() {
			return new StatusForm(null, null, null);
		}

	}

	/**
	 * Forward the request to the agency with the authority (e.g. the local authority).
	 */
	record ForwardForm(@Nullable String agency, @Nullable String citizenMessage) {

		static ForwardForm empty() {
			return new ForwardForm(null, null);
		}

	}

	/** Give the request to a staff member (blank: to nobody). */
	record AssignForm(@Nullable String assignee) {

	}

	/** An internal note, never shown to the citizen. */
	record NoteForm(@Nullable String internalNote) {

		static NoteForm empty() {
			return new NoteForm(null);
		}

	}

}
