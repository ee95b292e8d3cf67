package cymru.gofal.platform.audit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import cymru.gofal.platform.web.Dates;
import org.springframework.transaction.annotation.Transactional;

/** Searches the audit log (through the read-only {@code audit_log} view) by person, user and date. */
@Service
public class AuditSearch {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AuditSearch(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Searches, and records the search itself: the audit log is personal data about staff and people. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditRecord> searchAudited(Criteria criteria, int limit) {
        audit.record(new AuditEntry(AuditAction.SEARCH, "AUDIT_LOG", null, criteria.personId(), null)
                .because(criteria.describe()));
        return search(criteria, limit);
    }

    /**
     * Newest first, at most {@code limit} rows. Every criterion is optional; dates are whole days in
     * Europe/London, {@code to} inclusive.
     */
    private List<AuditRecord> search(Criteria criteria, int limit) {
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
            spec.put("from", java.sql.Timestamp.from(criteria.from().atStartOfDay(Dates.LONDON).toInstant()));
        }
        if (criteria.to() != null) {
            sql.append(" AND occurred_at < :to");
            spec.put("to", java.sql.Timestamp.from(criteria.to().plusDays(1).atStartOfDay(Dates.LONDON).toInstant()));
        }
        sql.append(" ORDER BY seq DESC LIMIT :limit");
        spec.put("limit", limit);
        return jdbc.sql(sql.toString()).params(spec).query(AuditRecord.class).list();
    }

    /** Search criteria; each may be null. */
    public record Criteria(Long personId, String username, LocalDate from, LocalDate to) {

        /** The criteria given, as the audit row's reason: "user=admin from=2026-11-01". */
        String describe() {
            StringBuilder s = new StringBuilder();
            if (personId != null) {
                s.append("person=").append(personId).append(' ');
            }
            if (username != null && !username.isBlank()) {
                s.append("user=").append(username.strip()).append(' ');
            }
            if (from != null) {
                s.append("from=").append(from).append(' ');
            }
            if (to != null) {
                s.append("to=").append(to);
            }
            return s.toString().strip();
        }
    }
}
