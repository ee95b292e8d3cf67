package cymru.gofal.performance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;

/**
 * The records behind an indicator's numerator or denominator for a period: the same rows the engine counted, with
 * the people the user may see. People the user may not see are left out of the list (the page says how many), so
 * need-to-know holds; every person listed is audited as a READ by the people module.
 */
@Service
public class Records {

    /** Rows listed at most; the page says when there are more. */
    public static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;

    Records(JdbcClient jdbc, People people, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
    }

    public record Row(long rowId, PersonRef person, LocalDate on, Long teamId, boolean inNumerator, String path) {
    }

    /** The list: rows shown, rows counted in all, and rows about people the user may not see. */
    public record Listing(List<Row> rows, long counted, long notShown, boolean cut) {
    }

    /**
     * The rows of whole months {@code from} (a month's first day) to {@code to} (a month's last day): the engine
     * counts by month, so only such a range lists exactly the rows behind a figure.
     *
     * @throws IllegalArgumentException when the range is not whole months
     */
    @PreAuthorize("hasAnyRole('TEAM_MANAGER','SENIOR_MANAGER','QA_OFFICER','REVIEWER','ADMIN')")
    @Transactional
    public Listing list(Indicator i, LocalDate from, LocalDate to, Long teamId, boolean numeratorOnly) {
        if (from.getDayOfMonth() != 1 || to.getDayOfMonth() != to.lengthOfMonth() || from.isAfter(to)) {
            throw new IllegalArgumentException("Not whole months: " + from + " to " + to);
        }
        long authority = Indicators.authorityId();
        String where = " FROM " + i.sourceView() + " WHERE authority_id = :authority AND " + i.periodColumn() + " BETWEEN :from AND :to AND ("
                + i.denominatorWhere() + ")" + (numeratorOnly ? " AND (" + i.numeratorWhere() + ")" : "")
                + (teamId != null ? " AND " + i.teamColumn() + " = :team" : "");
        long counted = bind(jdbc.sql("SELECT count(*)" + where), authority, from, to, teamId).query(Long.class).single();
        var pv = people.visibility();
        String sql = "SELECT " + i.rowIdColumn() + ", " + i.personColumn() + ", " + i.periodColumn() + ", " + i.teamColumn() + ", ("
                + i.numeratorWhere() + ")" + where + " AND " + pv.visible(i.personColumn()) + " ORDER BY " + i.periodColumn() + ", "
                + i.rowIdColumn() + " LIMIT " + (LIMIT + 1);
        record Raw(long rowId, long personId, LocalDate on, Long teamId, boolean num) {
        }
        List<Raw> raw = bind(jdbc.sql(sql).params(pv.params()), authority, from, to, teamId)
                .query((rs, n) -> new Raw(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getObject(4, Long.class),
                        rs.getBoolean(5))).list();
        long visibleTotal = raw.size() > LIMIT ? bind(jdbc.sql("SELECT count(*)" + where + " AND " + pv.visible(i.personColumn()))
                .params(pv.params()), authority, from, to, teamId).query(Long.class).single() : raw.size();
        boolean cut = raw.size() > LIMIT;
        List<Raw> shown = cut ? raw.subList(0, LIMIT) : raw;
        Map<Long, PersonRef> named = people.findAll(shown.stream().map(Raw::personId).distinct().toList());
        audit.record(AuditEntry.of(AuditAction.SEARCH, "indicator", null).because("records behind " + i.code()));
        List<Row> rows = shown.stream().filter(r -> named.containsKey(r.personId()))
                .map(r -> new Row(r.rowId(), named.get(r.personId()), r.on(), r.teamId(), r.num(), i.recordPathOf(r.rowId()))).toList();
        return new Listing(rows, counted, counted - visibleTotal, cut);
    }

    private static org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
            org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec, long authority, LocalDate from, LocalDate to, Long team) {
        spec = spec.param("authority", authority).param("from", from).param("to", to);
        return team == null ? spec : spec.param("team", team);
    }
}
