/**
 * The mandated publication framework: the nine categories, their sub-items (sections),
 * what each item must carry and how often it must be brought up to date.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = "thai")
package th.go.moph.dho.catalog;
