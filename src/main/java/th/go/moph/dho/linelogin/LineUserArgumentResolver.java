package th.go.moph.dho.linelogin;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A controller method's {@link LineUser} parameter: the citizen whose ID token the
 * request carries as {@code Authorization: Bearer}, verified by {@link LineLogin}. No
 * token or a bad one throws {@link InvalidIdTokenException} (401 with a Thai message).
 */
class LineUserArgumentResolver implements HandlerMethodArgumentResolver {

	private final LineLogin lineLogin;

	LineUserArgumentResolver(LineLogin lineLogin) {
		this.lineLogin = lineLogin;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return LineUser.class.equals(parameter.getParameterType());
	}

	@Override
	public LineUser resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		String token = request == null ? null : LineBearer.token(request);
		if (token == null) {
			throw new InvalidIdTokenException("no bearer token");
		}
		return this.lineLogin.verify(token);
	}

}
