package cymru.gofal.intake.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Intake's reference lists (V7, V8), loaded once each: they change only with a migration. Tables are named here
 * only, from a fixed set, so no table name ever comes from a request.
 */
@Component
public class ReferenceLists {

    public static final String PARTY = "contact_party";
    public static final String METHOD = "contact_method";
    public static final String CONTACT_OUTCOME = "contact_outcome";
    public static final String SOURCE = "referral_source";
    public static final String REFERRAL_OUTCOME = "referral_outcome";
    public static final String COMMUNITY_SERVICE = "community_service";
    public static final String TURNED_ASIDE_OUTCOME = "turned_aside_outcome";
    private static final List<String> TABLES = List.of(PARTY, METHOD, CONTACT_OUTCOME, SOURCE, REFERRAL_OUTCOME, COMMUNITY_SERVICE,
            TURNED_ASIDE_OUTCOME);

    private final JdbcClient jdbc;
    private final Map<String, List<Choice>> lists = new ConcurrentHashMap<>();
    private volatile List<Priority> priorities;

    ReferenceLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Choice> list(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("Not an intake reference list: " + table);
        }
        return lists.computeIfAbsent(table, t -> jdbc.sql("SELECT code, name_en, name_cy FROM " + t + " ORDER BY ordinal")
                .query(Choice.class).list());
    }

    public Optional<Choice> find(String table, String code) {
        return code == null ? Optional.empty() : list(table).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public boolean has(String table, String code) {
        return find(table, code).isPresent();
    }

    /** The name of {@code code} in {@code table} in the locale's language, or the code itself if unknown. */
    public String name(String table, String code, Locale locale) {
        return code == null ? "" : find(table, code).map(c -> c.name(locale)).orElse(code);
    }

    public List<Priority> priorities() {
        List<Priority> p = priorities;
        if (p == null) {
            p = jdbc.sql("SELECT code, name_en, name_cy, rank, rule_code FROM referral_priority ORDER BY rank").query(Priority.class).list();
            priorities = p;
        }
        return p;
    }

    public Optional<Priority> priority(String code) {
        return priorities().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Whether a contact or referral outcome turns the person aside (column turns_aside of its list). */
    public boolean turnsAside(String outcome) {
        return flagged("SELECT code FROM contact_outcome WHERE turns_aside UNION SELECT code FROM referral_outcome WHERE turns_aside")
                .contains(outcome);
    }

    /** Whether a contact outcome makes a referral (REFERRED, SAFEGUARDING: column makes_referral). */
    public boolean makesReferral(String contactOutcome) {
        return flagged("SELECT code FROM contact_outcome WHERE makes_referral").contains(contactOutcome);
    }

    /** Whether an adult's contact with this outcome must record the "what matters" conversation (needs_what_matters). */
    public boolean needsWhatMatters(String contactOutcome) {
        return flagged("SELECT code FROM contact_outcome WHERE needs_what_matters").contains(contactOutcome);
    }

    private final Map<String, java.util.Set<String>> flags = new ConcurrentHashMap<>();

    private java.util.Set<String> flagged(String sql) {
        return flags.computeIfAbsent(sql, q -> java.util.Set.copyOf(jdbc.sql(q).query(String.class).list()));
    }

    /** Whether the caller's details apply: someone other than the person made contact. */
    public boolean isSubject(String party) {
        return flagged("SELECT code FROM contact_party WHERE is_subject").contains(party);
    }
}
