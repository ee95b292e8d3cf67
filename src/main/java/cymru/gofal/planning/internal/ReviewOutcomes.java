package cymru.gofal.planning.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outcomes a review may reach (review_outcome, data): continue, change the plan, end the plan and close. */
@Component
public class ReviewOutcomes {

    /** One outcome; endsPlan: holding a review with it ends the plan on the day held. */
    public record Outcome(String code, String nameEn, String nameCy, boolean endsPlan) {
        public String name(Locale locale) {
            return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
        }
    }

    /** The outcome that asks for the plan to be changed and agreed again. */
    public static final String CHANGE_PLAN = "CHANGE_PLAN";

    private final JdbcClient jdbc;
    private volatile List<Outcome> loaded;

    ReviewOutcomes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In order; loaded once, since they change only with a migration. */
    public List<Outcome> all() {
        List<Outcome> all = loaded;
        if (all == null) {
            all = jdbc.sql("SELECT code, name_en, name_cy, ends_plan FROM review_outcome ORDER BY ordinal")
                    .query((rs, i) -> new Outcome(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))).list();
            loaded = all;
        }
        return all;
    }

    public Optional<Outcome> find(String code) {
        return all().stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
