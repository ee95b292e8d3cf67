package cymru.gofal.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the audit log's hash chain independently of the database's own functions: recomputes every row's
 * hash from its fields in Java, checks each row links to the one before, that sequence numbers have no gap,
 * and that the last row is the chain head (so deleting the newest rows is found too).
 */
@Service
public class AuditChainVerifier {

    private static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;

    AuditChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One consistent snapshot (REPEATABLE READ): rows committed while it runs are neither half-seen nor
     * mistaken for missing ones. Rows stream in batches, so a log of any size fits in memory.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    @PreAuthorize("hasRole('ADMIN')")
    public Result verify() {
        State state = new State();
        Head head = jdbc.sql("SELECT last_seq, last_hash FROM audit_log_head").query(Head.class).single();
        try (var rows = jdbc.sql("SELECT * FROM audit_log ORDER BY seq").withFetchSize(1000).query(AuditRecord.class).stream()) {
            rows.forEach(row -> check(state, row));
        }
        if (state.problem == null) {
            if (head.lastSeq() != state.expectedSeq - 1 || !head.lastHash().equals(state.prevHash)) {
                state.problem = "The newest rows are missing: the chain head is at row " + head.lastSeq()
                        + " but the log ends at row " + (state.expectedSeq - 1);
                state.firstBadSeq = state.expectedSeq;
            }
        }
        return new Result(state.problem == null, state.expectedSeq - 1, state.firstBadSeq, state.problem);
    }

    private void check(State state, AuditRecord row) {
        if (state.problem != null) {
            return;
        }
        if (row.seq() != state.expectedSeq) {
            state.fail(state.expectedSeq, "Row " + state.expectedSeq + " is missing (next row is " + row.seq() + ")");
            return;
        }
        if (!row.prevHash().equals(state.prevHash)) {
            state.fail(row.seq(), "Row " + row.seq() + " does not link to the row before it");
            return;
        }
        if (!hash(row).equals(row.hash())) {
            state.fail(row.seq(), "Row " + row.seq() + " has been changed: its hash does not match its contents");
            return;
        }
        state.prevHash = row.hash();
        state.expectedSeq++;
    }

    /** The same canonical text as {@code audit_canonical} in V1__platform.sql, hashed with SHA-256. */
    static String hash(AuditRecord r) {
        String canonical = field(String.valueOf(r.seq())) + field(MICROS.format(r.occurredAt()))
                + field(r.authorityId() == null ? null : r.authorityId().toString()) + field(r.username())
                + field(r.userRole()) + field(r.action()) + field(r.recordType()) + field(r.recordId())
                + field(r.personId() == null ? null : r.personId().toString()) + field(r.reason())
                + field(r.requestId()) + field(r.prevHash());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String field(String v) {
        return v == null ? "~;" : v.getBytes(StandardCharsets.UTF_8).length + ":" + v + ";";
    }

    /** The outcome: whether the chain is intact, how many rows were checked, and the first bad row. */
    public record Result(boolean intact, long rowsChecked, Long firstBadSeq, String problem) implements java.io.Serializable {
    }

    private record Head(long lastSeq, String lastHash) {
    }

    private static final class State {
        long expectedSeq = 1;
        String prevHash = GENESIS;
        Long firstBadSeq;
        String problem;

        void fail(long seq, String message) {
            firstBadSeq = seq;
            problem = message;
        }
    }
}
