/**
 * The office's identity (names, address, phone, fax, email, location, logo, public URL)
 * as typed settings, so another district office can deploy the same build.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package th.go.moph.dho.office;
