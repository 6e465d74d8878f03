package th.go.moph.dho.thai;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code LocalDate} form field typed and shown the Thai way, {@code 12/12/2569} (พ.ศ.),
 * read by {@link ThaiDateInput}'s rule. Use a text input, not {@code type="date"}: a
 * browser's date picker writes Christian-era years.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE })
public @interface BuddhistDate {

}
