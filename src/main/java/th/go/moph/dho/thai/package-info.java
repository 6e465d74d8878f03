/**
 * Thai language helpers shared by every module: Buddhist-era dates, Thai fiscal years
 * (October to September), Thai digits and text normalisation.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package th.go.moph.dho.thai;
