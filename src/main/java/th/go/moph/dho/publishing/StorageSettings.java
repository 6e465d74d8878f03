package th.go.moph.dho.publishing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are kept ({@code dho.storage.*}) and how large one may be.
 *
 * @param directory the directory that holds attachment files (a volume in production)
 * @param maxFileSize the largest attachment staff may upload
 */
@ConfigurationProperties("dho.storage")
public record StorageSettings(@DefaultValue("./data/files") Path directory,
		@DefaultValue("20MB") DataSize maxFileSize) {
}
