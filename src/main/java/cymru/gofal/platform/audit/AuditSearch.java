package cymru.gofal.platform.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Searches the audit log (through the read-only {@code audit_log} view) by person, user and date. */
@Service
public class AuditSearch {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final JdbcClient jdbc;
    private final AuditLog audit;

    AuditSearch(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Searches, and records the search itself: the audit log is personal data about staff and people. */
    @Transactional
    public List<AuditRecord> searchAudited(Criteria criteria, int limit) {
        audit.record(new AuditEntry(AuditAction.SEARCH, "AUDIT_LOG", null, criteria.personId(), null)
                .because("criteria: user=" + criteria.username() + " from=" + criteria.from() + " to=" + criteria.to()));
        return search(criteria, limit);
    }

    /**
     * Newest first, at most {@code limit} rows. Every criterion is optional; dates are whole days in
     * Europe/London, {@code to} inclusive.
     */
    public List<AuditRecord> search(Criteria criteria, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_log WHERE 1 = 1");
        var spec = new java.util.LinkedHashMap<String, Object>();
        if (criteria.personId() != null) {
            sql.append(" AND person_id = :person");
            spec.put("person", criteria.personId());
        }
        if (criteria.username() != null && !criteria.username().isBlank()) {
            sql.append(" AND lower(username) = lower(:username)");
            spec.put("username", criteria.username().trim());
        }
        if (criteria.from() != null) {
            sql.append(" AND occurred_at >= :from");
            spec.put("from", java.sql.Timestamp.from(criteria.from().atStartOfDay(LONDON).toInstant()));
        }
        if (criteria.to() != null) {
            sql.append(" AND occurred_at < :to");
            spec.put("to", java.sql.Timestamp.from(criteria.to().plusDays(1).atStartOfDay(LONDON).toInstant()));
        }
        sql.append(" ORDER BY seq DESC LIMIT :limit");
        spec.put("limit", limit);
        return jdbc.sql(sql.toString()).params(spec).query(AuditRecord.class).list();
    }

    /** Search criteria; each may be null. */
    public record Criteria(Long personId, String username, LocalDate from, LocalDate to) {
    }
}
