package cymru.gofal.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode's first start: fills the deployment's council with scale {@code S} (Merthyr-like), after the demo
 * users exist, so that a new user finds people, families and staff. Later starts find the council simulated and
 * load nothing; app nodes starting together load it once (see CouncilLoader). Off with
 * {@code gofal.simulator.load-on-start=false} (the tests), and never while a command runs.
 */
@Component
@Order(20)
class DemoCouncil implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCouncil.class);

    private final Simulator simulator;
    private final cymru.gofal.simulator.internal.DemoActionPlan actionPlan;
    private final boolean enabled;
    private final long seed;

    DemoCouncil(Simulator simulator, cymru.gofal.simulator.internal.DemoActionPlan actionPlan, @Value("${gofal.demo.enabled:false}") boolean demo,
            @Value("${gofal.simulator.load-on-start:true}") boolean loadOnStart,
            @Value("${gofal.simulator.seed:1}") long seed, @Value("${gofal.command:}") String command) {
        this.simulator = simulator;
        this.actionPlan = actionPlan;
        this.enabled = demo && loadOnStart && command.isBlank();
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            simulator.run(Scale.S, seed, log::info);
            // The 2007 joint review (loaded by the review module before this runner) gets its action plan, once.
            int lines = actionPlan.load();
            if (lines > 0) {
                log.info("Demo: the 2007 joint review's action plan, {} lines", lines);
            }
        }
    }
}
