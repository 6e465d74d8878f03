package th.go.moph.dho.eservice;

/** The chosen appointment slot has no seat left (or is closed or past). */
public class SlotFullException extends EserviceException {

	public SlotFullException() {
		super("eservice.error.slotFull");
	}

}
