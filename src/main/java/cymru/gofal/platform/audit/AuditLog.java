package cymru.gofal.platform.audit;

import java.util.Optional;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.web.RequestIdFilter;

/**
 * The audit log's write side. {@link #record} must be called inside the transaction of the action it
 * records (it refuses to run without one), so the action and its audit row commit or roll back together.
 * The database assigns the sequence number, the time and the hash chain (see V1__platform.sql).
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an access by the signed-in user, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        Optional<GofalUser> user = CurrentUser.get();
        insert(entry, CurrentUser.username(), user.map(u -> u.role().name()).orElse(null),
                user.map(GofalUser::authorityId).orElse(null));
    }

    /**
     * Records an event that has no surrounding business transaction (sign-in, sign-out, lock-out), naming
     * the user explicitly because no one may be signed in yet.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordStandalone(AuditEntry entry, String username, String role, Long authorityId) {
        insert(entry, username, role, authorityId);
    }

    private void insert(AuditEntry entry, String username, String role, Long authorityId) {
        jdbc.sql("""
                INSERT INTO audit_event (seq, occurred_at, authority_id, username, user_role, action, record_type,
                                         record_id, person_id, reason, request_id, prev_hash, hash)
                VALUES (0, now(), :authority, :username, :role, :action, :type, :recordId, :person, :reason,
                        :requestId, '', '')
                """)
                .param("authority", authorityId).param("username", truncate(username, 200)).param("role", role)
                .param("action", entry.action().name()).param("type", entry.recordType())
                .param("recordId", truncate(entry.recordId(), 200)).param("person", entry.personId())
                .param("reason", truncate(entry.reason(), 2000)).param("requestId", MDC.get(RequestIdFilter.MDC_KEY))
                .update();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
