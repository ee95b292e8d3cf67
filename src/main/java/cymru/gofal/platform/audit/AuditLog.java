package cymru.gofal.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.web.RequestIdFilter;

/**
 * The audit log's write side. {@link #record} must be called inside the transaction of the action it
 * records (it refuses to run without one). The rows are written just before that transaction commits, in
 * it, so the action and its audit rows commit or roll back together, and the chain's lock (see
 * V1__platform.sql) is taken last and held only for the commit: no deadlock with the action's own locks.
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
        requireWritable();
        Optional<GofalUser> user = CurrentUser.get();
        pending().add(new Row(entry, CurrentUser.username(), user.map(u -> u.role().name()).orElse(null),
                user.map(GofalUser::authorityId).orElse(null), MDC.get(RequestIdFilter.MDC_KEY)));
    }

    /**
     * Records an event that has no surrounding business transaction (sign-in, sign-out, lock-out), naming
     * the user explicitly because no one may be signed in yet.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordStandalone(AuditEntry entry, String username, String role, Long authorityId) {
        pending().add(new Row(entry, username, role, authorityId, MDC.get(RequestIdFilter.MDC_KEY)));
    }

    /** An audited read needs a read-write transaction: its audit row is a write. Say so at once, not at commit. */
    private static void requireWritable() {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("Audited access inside a read-only transaction: its audit row could not "
                    + "be written. Use a read-write transaction for audited reads.");
        }
    }

    /**
     * The rows this transaction will write at commit, registering the write on first use. The list lives in
     * the transaction's own synchronization, so a transaction started inside another (REQUIRES_NEW), which
     * suspends the outer one's synchronizations, gets a list of its own.
     */
    private List<Row> pending() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof PendingRows rows && rows.log == this) {
                return rows.rows;
            }
        }
        PendingRows created = new PendingRows(this);
        TransactionSynchronizationManager.registerSynchronization(created);
        return created.rows;
    }

    /** Writes a transaction's audit rows just before it commits, as the last thing it does. */
    private static final class PendingRows implements TransactionSynchronization {

        private final AuditLog log;
        private final List<Row> rows = new ArrayList<>();

        PendingRows(AuditLog log) {
            this.log = log;
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            log.insert(rows);
            rows.clear();
        }
    }

    /** The most rows one INSERT carries (9 parameters each, well under PostgreSQL's 65,535). */
    private static final int ROWS_PER_INSERT = 500;

    /**
     * Writes the rows in the order recorded, as few multi-row INSERTs: a page that lists fifty people writes its
     * fifty READ rows in one round trip, so the chain's lock (taken by the first row) is held as briefly as possible.
     * The chain trigger still numbers and hashes each row, in VALUES order.
     */
    private void insert(List<Row> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("INSERT INTO audit_event (seq, occurred_at, authority_id, username, user_role, "
                    + "action, record_type, record_id, person_id, reason, request_id, prev_hash, hash) VALUES ");
            List<Object> params = new ArrayList<>(chunk.size() * 9);
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(0, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')");
                Row row = chunk.get(i);
                AuditEntry entry = row.entry();
                params.add(row.authorityId());
                params.add(truncate(row.username(), 200));
                params.add(row.role());
                params.add(entry.action().name());
                params.add(entry.recordType());
                params.add(truncate(entry.recordId(), 200));
                params.add(entry.personId());
                params.add(truncate(entry.reason(), 2000));
                params.add(row.requestId());
            }
            jdbc.sql(sql.toString()).params(params).update();
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private record Row(AuditEntry entry, String username, String role, Long authorityId, String requestId) {
    }
}
