package th.go.moph.dho.site;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletResponse;

import th.go.moph.dho.catalog.CategoryNotFoundException;
import th.go.moph.dho.publishing.ItemNotFoundException;

/**
 * Unknown categories, sections, items and files, and ids that are not numbers, answer
 * with the Thai 404 page ({@code templates/error.html}, rendered by the error controller
 * so it has the layout).
 */
@ControllerAdvice(basePackageClasses = SiteExceptionHandler.class)
class SiteExceptionHandler {

	@ExceptionHandler({ CategoryNotFoundException.class, ItemNotFoundException.class,
			MethodArgumentTypeMismatchException.class })
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}

}
