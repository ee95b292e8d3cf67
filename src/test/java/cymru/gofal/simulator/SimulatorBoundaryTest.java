package cymru.gofal.simulator;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import cymru.gofal.GofalApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The simulator sits on top (architecture.md): nothing uses it. It writes the case modules' tables itself, so it uses
 * only people, workforce and platform, and casework's fit rules (CaseFit) so that its allocations fit as the
 * allocation page judges them.
 */
class SimulatorBoundaryTest {

    private final ApplicationModules modules = ApplicationModules.of(GofalApplication.class);

    @Test
    void simulatorDependsOnlyOnPeopleWorkforcePlatformAndTheFitRules() {
        ApplicationModule simulator = modules.getModuleByName("simulator").orElseThrow();
        assertThat(simulator.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getIdentifier)
                .map(Object::toString)).isSubsetOf("people", "workforce", "platform", "casework");
    }

    @Test
    void noModuleDependsOnTheSimulator() {
        ApplicationModule simulator = modules.getModuleByName("simulator").orElseThrow();
        assertThat(modules.stream().filter(m -> !m.equals(simulator)))
                .noneMatch(m -> m.getDirectDependencies(modules).contains(simulator));
    }
}
