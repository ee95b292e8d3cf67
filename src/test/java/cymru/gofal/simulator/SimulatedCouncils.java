package cymru.gofal.simulator;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.simulator.internal.CouncilPlan;
import cymru.gofal.simulator.internal.CouncilProfiles;
import cymru.gofal.simulator.internal.PopulationSpec;
import cymru.gofal.simulator.internal.WorkforceSpec;

/** A new, empty council in a regime, and the plan that fills it (3,000 people, 80 staff, seed 11). */
final class SimulatedCouncils {

    private SimulatedCouncils() {
    }

    static long create(JdbcClient jdbc, String regime) {
        return jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime)
                SELECT coalesce(max(id), 0) + 1000, 'SIMACT-' || (coalesce(max(id), 0) + 1000), 'Simulated council',
                       'Cyngor efelychiedig', :regime FROM authority
                RETURNING id""").param("regime", regime).query(Long.class).single();
    }

    static CouncilPlan plan(long council) {
        var profile = CouncilProfiles.byCode("MTCBC");
        return new CouncilPlan(council, "CUSTOM", new PopulationSpec(profile, 11, 3000, PopulationFixture.AS_OF, 0, List.of(), List.of()),
                new WorkforceSpec(profile, 11, 80, PopulationFixture.AS_OF, List.of()));
    }
}
