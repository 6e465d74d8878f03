package th.go.moph.dho.linelogin;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets any controller take the verified {@link LineUser} as a parameter. */
@Configuration(proxyBeanMethods = false)
class LineLoginWebConfiguration implements WebMvcConfigurer {

	private final LineLogin lineLogin;

	LineLoginWebConfiguration(@Lazy LineLogin lineLogin) {
		this.lineLogin = lineLogin;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new LineUserArgumentResolver(this.lineLogin));
	}

}
