package cymru.gofal.assessment.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleRules;

/**
 * The assessment types of each regime, and their due dates: the type's timescale rule applied by the rule engine on
 * the council's calendar, from the clock's start day. No number of days is held here.
 */
@Component
public class AssessmentTypes {

    private static final String SELECT = """
            SELECT regime, code, name_en, name_cy, client_group, rule_code, clock_start, opens_for_route,
                   requires_eligibility, ordinal FROM assessment_type""";

    private final JdbcClient jdbc;
    private final TimescaleRules rules;

    AssessmentTypes(JdbcClient jdbc, TimescaleRules rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The council's regime. */
    public String regimeOf(long authorityId) {
        return rules.regimeOf(authorityId);
    }

    /** The types the council's regime offers, in order. */
    public List<AssessmentType> offered(long authorityId) {
        return jdbc.sql(SELECT + " WHERE regime = :regime ORDER BY ordinal").param("regime", regimeOf(authorityId))
                .query(AssessmentType.class).list();
    }

    public Optional<AssessmentType> find(String regime, String code) {
        return jdbc.sql(SELECT + " WHERE regime = :regime AND code = :code").param("regime", regime).param("code", code)
                .query(AssessmentType.class).optional();
    }

    /** The type an accepted referral of {@code route} (ADULTS, CHILDREN) opens in the regime. */
    public Optional<AssessmentType> openedBy(String regime, String route) {
        return jdbc.sql(SELECT + " WHERE regime = :regime AND opens_for_route = :route").param("regime", regime)
                .param("route", route).query(AssessmentType.class).optional();
    }

    /** The regime's carer's assessment type (the first of client group CARER). */
    public Optional<AssessmentType> carerType(String regime) {
        return jdbc.sql(SELECT + " WHERE regime = :regime AND client_group = 'CARER' ORDER BY ordinal LIMIT 1")
                .param("regime", regime).query(AssessmentType.class).optional();
    }

    /** The type's rule in its regime. */
    public TimescaleRule rule(AssessmentType type) {
        return rules.rule(type.regime(), type.ruleCode()).orElseThrow(
                () -> new IllegalStateException("No rule " + type.ruleCode() + " in regime " + type.regime()));
    }

    /** The day an assessment of this type whose clock starts on {@code clockStart} is due, on the council's calendar. */
    public LocalDate dueDate(long authorityId, AssessmentType type, LocalDate clockStart) {
        return rules.dueDate(authorityId, rule(type), clockStart);
    }
}
