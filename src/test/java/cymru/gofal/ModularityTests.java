package cymru.gofal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries (docs/architecture): verified on every build; the module docs are regenerated too. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GofalApplication.class);

    @Test
    void moduleBoundariesAreRespected() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
