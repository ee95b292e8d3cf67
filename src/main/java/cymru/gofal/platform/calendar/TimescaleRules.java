package cymru.gofal.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cymru.gofal.platform.authority.Councils;

/**
 * The statutory timescale rules, held as data per regime ({@code timescale_rule}), and the rule engine over
 * a council's calendar: "when is this due, and is it overdue, as of date D?".
 */
@Service
public class TimescaleRules {

    private final JdbcClient jdbc;
    private final WorkingDays workingDays;
    private final Councils councils;

    TimescaleRules(JdbcClient jdbc, WorkingDays workingDays, Councils councils) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.councils = councils;
    }

    /** The regimes; loaded once, since they change only with a migration. */
    public List<Regime> regimes() {
        List<Regime> loaded = regimes;
        if (loaded == null) {
            loaded = jdbc.sql("SELECT code, title_en, title_cy, description_en, description_cy FROM timescale_regime ORDER BY code")
                    .query(Regime.class).list();
            regimes = loaded;
        }
        return loaded;
    }

    private volatile List<Regime> regimes;

    public Optional<Regime> regime(String code) {
        return regimes().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** A regime's rules by code. Loaded once, like the regimes: rules change only with a migration. */
    public List<TimescaleRule> rules(String regime) {
        return allRules().stream().filter(r -> r.regime().equals(regime)).toList();
    }

    public Optional<TimescaleRule> rule(String regime, String code) {
        return allRules().stream().filter(r -> r.regime().equals(regime) && r.code().equals(code)).findFirst();
    }

    private volatile List<TimescaleRule> rules;

    private List<TimescaleRule> allRules() {
        List<TimescaleRule> loaded = rules;
        if (loaded == null) {
            loaded = List.copyOf(jdbc.sql(SELECT + " ORDER BY regime, code").query(this::map).list());
            rules = loaded;
        }
        return loaded;
    }

    /** The engine for one council: its regime's rules over its own calendar (bank holidays and closures). */
    public ClockStatus status(long authorityId, TimescaleRule rule, LocalDate start, LocalDate stoppedOn, LocalDate asOf) {
        return new Timescales(workingDays.forCouncil(authorityId)).status(rule, start, stoppedOn, asOf);
    }

    public LocalDate dueDate(long authorityId, TimescaleRule rule, LocalDate start) {
        return new Timescales(workingDays.forCouncil(authorityId)).dueDate(rule, start);
    }

    /** The regime a council has chosen. */
    public String regimeOf(long authorityId) {
        return councils.require(authorityId).regime();
    }

    private static final String SELECT = """
            SELECT regime, code, title_en, title_cy, start_event, time_offset, unit, stop_event, source, verified
            FROM timescale_rule""";

    private TimescaleRule map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new TimescaleRule(rs.getString("regime"), rs.getString("code"), rs.getString("title_en"),
                rs.getString("title_cy"), rs.getString("start_event"), rs.getInt("time_offset"),
                TimescaleUnit.valueOf(rs.getString("unit")), rs.getString("stop_event"), rs.getString("source"),
                rs.getBoolean("verified"));
    }

    /** A statutory regime (for example WALES_2016), with its title and description in both languages. */
    public record Regime(String code, String titleEn, String titleCy, String descriptionEn, String descriptionCy) {
        public String title(java.util.Locale locale) {
            return "cy".equals(locale.getLanguage()) ? titleCy : titleEn;
        }

        public String description(java.util.Locale locale) {
            return "cy".equals(locale.getLanguage()) ? descriptionCy : descriptionEn;
        }
    }
}
