package cymru.gofal.simulator;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The simulate command (README): {@code --gofal.command=simulate --gofal.simulator.scale=L [--gofal.simulator.seed=7]}
 * loads a scale with progress lines and a summary, then exits: 0 when done or already loaded, 1 on failure, 2
 * outside demo mode (synthetic people must never be written into a live council's register).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "gofal.command", havingValue = "simulate")
class SimulateCommand implements ApplicationRunner {

    private final Simulator simulator;
    private final ConfigurableApplicationContext context;
    private final boolean demo;
    private final String scale;
    private final long seed;

    SimulateCommand(Simulator simulator, ConfigurableApplicationContext context,
            @Value("${gofal.demo.enabled:false}") boolean demo, @Value("${gofal.simulator.scale:S}") String scale,
            @Value("${gofal.simulator.seed:1}") long seed) {
        this.simulator = simulator;
        this.context = context;
        this.demo = demo;
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code;
        if (!demo) {
            System.out.println("The simulator writes synthetic people: run it in demo mode (profile demo). Nothing loaded.");
            code = 2;
        } else {
            code = simulate();
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private int simulate() {
        Scale chosen;
        try {
            chosen = Scale.valueOf(scale.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.out.println("Unknown scale '" + scale + "': use S or L. Nothing loaded.");
            return 2;
        }
        try {
            simulator.run(chosen, seed, System.out::println);
            return 0;
        } catch (RuntimeException e) {
            System.out.println("Simulation failed, nothing of the council being loaded was kept: " + e.getMessage());
            e.printStackTrace(System.out);
            return 1;
        }
    }
}
