package cymru.gofal.benchmark;

import java.time.LocalDate;
import java.util.List;

import cymru.gofal.simulator.internal.CouncilProfiles;
import cymru.gofal.simulator.internal.PeopleBatch;
import cymru.gofal.simulator.internal.PopulationGenerator;
import cymru.gofal.simulator.internal.PopulationSpec;

/**
 * Benchmark of the simulator's generator alone, in memory (numbers printed, never asserted): people per second
 * for Cardiff at scale L (120,000 people), three rounds, beside the rows made. The database side (COPY and the
 * trigram index) is measured by the simulate command itself (README), which prints its rate.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=cymru.gofal.benchmark.SimulatorBenchmark</pre>
 */
public final class SimulatorBenchmark {

    private SimulatorBenchmark() {
    }

    public static void main(String[] args) {
        PopulationSpec spec = new PopulationSpec(CouncilProfiles.byCode("CARDIFF"), 1, 120_000, LocalDate.of(2026, 4, 1), 6,
                List.of(), List.of("ADULT-INTAKE"));
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            PopulationGenerator generator = new PopulationGenerator(spec);
            long rows = 0;
            while (generator.hasNext()) {
                PeopleBatch b = generator.next(5_000);
                rows += b.people().size() + b.names().size() + b.addresses().size() + b.identifiers().size()
                        + b.relations().size() + b.access().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("round %d: %,d people (%,d rows) generated in %.2f s: %,.0f people/s%n", round,
                    generator.made(), rows, seconds, generator.made() / seconds);
        }
    }
}
