package th.go.moph.dho.site;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the LIFF app that {@code liff-web/} builds into {@code static/liff/}: its assets
 * (content-hashed names, cached for a year) and {@code index.html} for {@code /liff/} and
 * every address of the app ({@code /liff/requests/ER-2569-000123}), so deep links and
 * reloads work. {@code index.html} is revalidated on every visit, so a new build reaches
 * phones at once. A missing asset is a 404, never the app shell. The app's addresses of
 * one and two segments are {@link LiffAppController}'s (the site's category pages would
 * otherwise take them).
 */
@Configuration(proxyBeanMethods = false)
class LiffAppConfiguration implements WebMvcConfigurer {

	static final String PATH = "/liff";

	static final String LOCATION = "classpath:/static/liff/";

	static final String INDEX = "index.html";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(PATH + "/assets/**")
			.addResourceLocations(LOCATION + "assets/")
			.setCacheControl(CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new PathResourceResolver());
		registry.addResourceHandler(PATH + "/**")
			.addResourceLocations(LOCATION)
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true)
			.addResolver(new AppShellResolver());
	}

	/**
	 * A file of the app when there is one; otherwise {@code index.html} for addresses
	 * that look like the app's routes (no file extension, not under {@code assets/}).
	 */
	static class AppShellResolver extends PathResourceResolver {

		@Override
		protected @Nullable Resource getResource(String resourcePath, Resource location) throws IOException {
			Resource file = super.getResource(resourcePath, location);
			if (file != null) {
				return file;
			}
			return isRoute(resourcePath) ? super.getResource(INDEX, location) : null;
		}

		static boolean isRoute(String resourcePath) {
			String last = resourcePath.substring(resourcePath.lastIndexOf('/') + 1);
			return !resourcePath.startsWith("assets/") && !last.contains(".");
		}

	}

}
