package cymru.gofal.simulator;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import cymru.gofal.GofalApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulator sits on top (architecture.md): it uses people, workforce and platform; nothing uses it. */
class SimulatorBoundaryTest {

    private final ApplicationModules modules = ApplicationModules.of(GofalApplication.class);

    @Test
    void simulatorDependsOnlyOnPeopleWorkforceAndPlatform() {
        ApplicationModule simulator = modules.getModuleByName("simulator").orElseThrow();
        assertThat(simulator.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getIdentifier)
                .map(Object::toString)).isSubsetOf("people", "workforce", "platform");
    }

    @Test
    void noModuleDependsOnTheSimulator() {
        ApplicationModule simulator = modules.getModuleByName("simulator").orElseThrow();
        assertThat(modules.stream().filter(m -> !m.equals(simulator)))
                .noneMatch(m -> m.getDirectDependencies(modules).contains(simulator));
    }
}
