package cymru.gofal.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.people.PersonVisibility;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.Dates;

/**
 * The people turned aside in a period and what happened to them: counts by outcome and by community service, how
 * many were checked back with, how many contacted again within the window, and the list. Counts and list cover only
 * people the user may see; each row listed is audited READ.
 */
@Service
public class TurnedAsideReport {

    /** The most people listed (latest first), each audited as a READ; the counts cover everyone in the period. */
    public static final int LIMIT = 100;

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;
    private final Clock clock;

    TurnedAsideReport(JdbcClient jdbc, People people, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(IntakeAccess.READ)
    @Transactional
    public Report of(LocalDate from, LocalDate to) {
        long council = ReferralService.council();
        PersonVisibility pv = people.visibility();
        LocalDate today = Dates.today(clock);
        String where = " WHERE t.authority_id = :council AND t.turned_aside_on BETWEEN :from AND :to AND " + pv.visible("t.person_id");
        Counts counts = jdbc.sql("""
                SELECT count(*) AS total, count(t.checked_back_on) AS checked_back,
                       count(*) FILTER (WHERE f.recontacted_within_window) AS recontacted,
                       count(*) FILTER (WHERE NOT f.recontacted_within_window AND f.recontact_window_end < :today) AS not_recontacted
                FROM turned_aside t JOIN intake_facts_turned_aside f ON f.turned_aside_id = t.id""" + where)
                .params(pv.params()).param("council", council).param("from", from).param("to", to).param("today", today)
                .query((rs, n) -> new Counts(rs.getLong("total"), rs.getLong("checked_back"), rs.getLong("recontacted"),
                        rs.getLong("not_recontacted")))
                .single();
        Map<String, Long> byOutcome = grouped("t.outcome", where, pv, council, from, to);
        Map<String, Long> byService = grouped("t.signposted_to", where + " AND t.signposted_to IS NOT NULL", pv, council, from, to);
        List<TurnedAsideRow> rows = jdbc.sql(TurnedAsideRow.SELECT + where + " ORDER BY t.turned_aside_on DESC, t.id DESC LIMIT :limit")
                .params(pv.params()).param("council", council).param("from", from).param("to", to).param("today", today)
                .param("limit", LIMIT).query(TurnedAsideRow::map).list();
        Map<Long, PersonRef> persons = people.findAll(rows.stream().map(TurnedAsideRow::personId).distinct().toList());
        List<Line> lines = new ArrayList<>();
        for (TurnedAsideRow r : rows) {
            if (persons.containsKey(r.personId())) {
                audit.record(AuditEntry.of(AuditAction.READ, "turned_aside", r.id()).aboutPerson(r.personId()));
                lines.add(new Line(r, persons.get(r.personId())));
            }
        }
        return new Report(from, to, counts, byOutcome, byService, lines, counts.total() > LIMIT);
    }

    private Map<String, Long> grouped(String column, String where, PersonVisibility pv, long council, LocalDate from, LocalDate to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + column + " AS code, count(*) AS n FROM turned_aside t" + where + " GROUP BY 1 ORDER BY 2 DESC, 1")
                .params(pv.params()).param("council", council).param("from", from).param("to", to)
                .query((rs, n) -> counts.put(rs.getString("code"), rs.getLong("n"))).list();
        return counts;
    }

    /** How many were turned aside, checked back with, and contacted again (or not, the window closed) within the window. */
    public record Counts(long total, long checkedBack, long recontacted, long notRecontacted) {

        public long notYetKnown() {
            return total - recontacted - notRecontacted;
        }
    }

    public record Line(TurnedAsideRow row, PersonRef person) {
    }

    /** {@code cut}: more rows than {@link #LIMIT}; the counts are still of all of them. */
    public record Report(LocalDate from, LocalDate to, Counts counts, Map<String, Long> byOutcome, Map<String, Long> byService,
            List<Line> lines, boolean cut) {

        /** How many lines at most are listed (the latest first). */
        public int limit() {
            return LIMIT;
        }
    }
}
