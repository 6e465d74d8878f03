package th.go.moph.dho.eservice;

import org.springframework.core.io.Resource;

/** A citizen's file for staff to download. */
public record StaffFile(String name, String mediaType, long sizeBytes, Resource content) {
}
