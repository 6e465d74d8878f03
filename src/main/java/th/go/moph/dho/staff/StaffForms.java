package th.go.moph.dho.staff;

import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * Staff forms are records bound through their constructor. When a value cannot be
 * converted (letters in an amount, a date typed by hand in a browser without a date
 * picker), Spring builds the record without that value and leaves its binding result
 * without a target: shown as it is, the form would come back with the message gone, and
 * rejecting another field would fail. These helpers keep the errors with the form as it
 * was built.
 */
public final class StaffForms {

	private StaffForms() {
	}

	/** A binding result for the form as built, with every error of {@code result}. */
	public static BindingResult errorsOf(Object form, BindingResult result) {
		if (result.getTarget() == form) {
			return result;
		}
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, result.getObjectName());
		errors.addAllErrors(result);
		return errors;
	}

	/**
	 * Puts the form and its errors in the model, for the form page to show both again.
	 */
	public static void show(Model model, Object form, BindingResult errors) {
		model.addAttribute(errors.getObjectName(), form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), errorsOf(form, errors));
	}

}
