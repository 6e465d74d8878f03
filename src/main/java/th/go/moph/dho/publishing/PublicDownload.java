package th.go.moph.dho.publishing;

import org.springframework.core.io.Resource;

/**
 * The bytes of a file of a live item, with what a download response needs to describe
 * them.
 */
public record PublicDownload(PublicFile file, Resource content) {
}
