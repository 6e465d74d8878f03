package th.go.moph.dho;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The code keeps the intended module structure: one module per feature, no cycles,
 * others' internals untouched.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DhoConnectApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeDocumentation();
	}

}
