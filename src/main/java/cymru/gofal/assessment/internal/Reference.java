package cymru.gofal.assessment.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The eligibility reference lists (domains per regime and client group, causes, abilities, WALES_2016 outcomes,
 * WALES_2007 bands and the council's threshold) and the community services people are signposted to.
 */
@Component
public class Reference {

    private final JdbcClient jdbc;

    Reference(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The domains of the regime that apply to the client group (SPECIALIST assessments use the adult list). */
    public List<Named> domains(String regime, String clientGroup) {
        return jdbc.sql("SELECT code, name_en, name_cy FROM eligibility_domain WHERE regime = :regime AND "
                + groupColumn(clientGroup) + " ORDER BY ordinal").param("regime", regime).query(Named.class).list();
    }

    public List<Named> causes(String clientGroup) {
        return jdbc.sql("SELECT code, name_en, name_cy FROM eligibility_cause WHERE " + groupColumn(clientGroup) + " ORDER BY ordinal")
                .query(Named.class).list();
    }

    public List<Named> abilities() {
        return jdbc.sql("SELECT code, name_en, name_cy FROM eligibility_ability ORDER BY ordinal").query(Named.class).list();
    }

    /** Whether the ability code means the person cannot meet the need (which an eligible outcome requires). */
    public boolean unmet(String ability) {
        return jdbc.sql("SELECT unmet FROM eligibility_ability WHERE code = :c").param("c", ability).query(Boolean.class)
                .optional().orElse(false);
    }

    public List<Named> outcomes(String regime) {
        return jdbc.sql("SELECT code, name_en, name_cy FROM eligibility_outcome WHERE regime = :regime ORDER BY ordinal")
                .param("regime", regime).query(Named.class).list();
    }

    /** The outcome's row: whether it is eligible, and the turned-aside outcome it gives otherwise. */
    public Optional<Outcome> outcome(String code) {
        return jdbc.sql("SELECT code, eligible, turned_aside_outcome FROM eligibility_outcome WHERE code = :c").param("c", code)
                .query(Outcome.class).optional();
    }

    public List<Named> bands(String regime) {
        return jdbc.sql("SELECT code, name_en, name_cy FROM eligibility_band WHERE regime = :regime ORDER BY severity")
                .param("regime", regime).query(Named.class).list();
    }

    /** Severity of a band (1 most severe), or empty for an unknown code. */
    public Optional<Integer> severity(String band) {
        return jdbc.sql("SELECT severity FROM eligibility_band WHERE code = :c").param("c", band).query(Integer.class).optional();
    }

    /** The severity of the council's eligibility threshold band: its own, or the default band's. */
    public int thresholdSeverity(long authorityId) {
        return jdbc.sql("""
                SELECT coalesce((SELECT b.severity FROM eligibility_threshold t JOIN eligibility_band b ON b.code = t.band
                                  WHERE t.authority_id = :authority),
                                (SELECT severity FROM eligibility_band WHERE default_threshold))""")
                .param("authority", authorityId).query(Integer.class).single();
    }

    /** Community services (intake's reference list) to signpost to. */
    public List<Named> communityServices() {
        return jdbc.sql("SELECT code, name_en, name_cy FROM community_service ORDER BY ordinal").query(Named.class).list();
    }

    private static String groupColumn(String clientGroup) {
        return switch (clientGroup) {
            case "CHILD" -> "for_child";
            case "CARER" -> "for_carer";
            default -> "for_adult";
        };
    }

    /** An eligibility outcome as the rules need it. */
    public record Outcome(String code, boolean eligible, String turnedAsideOutcome) {
    }
}
