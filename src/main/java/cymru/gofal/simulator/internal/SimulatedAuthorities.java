package cymru.gofal.simulator.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The authority rows of simulated councils, found by their code and created (with the next free id) when missing. */
@Component
public class SimulatedAuthorities {

    private final JdbcClient jdbc;

    SimulatedAuthorities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public long ensure(CouncilProfile council, String regime) {
        // One creator at a time, so that two nodes never pick the same free id.
        jdbc.sql("SELECT pg_advisory_xact_lock(1397313877, 0)").query().listOfRows();
        jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime)
                SELECT coalesce(max(id), 0) + 1, :code, :en, :cy, :regime FROM authority
                ON CONFLICT (code) DO NOTHING
                """).param("code", council.code()).param("en", council.nameEn()).param("cy", council.nameCy())
                .param("regime", regime).update();
        return jdbc.sql("SELECT id FROM authority WHERE code = :code").param("code", council.code()).query(Long.class).single();
    }
}
