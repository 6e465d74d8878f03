/**
 * Example content for a first look at DHO Connect: realistic Thai items for every section
 * of the catalog, loaded once into the embedded database and never under the
 * {@code mysql} profile.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "catalog", "publishing", "thai", "office" })
package th.go.moph.dho.demo;
