package cymru.gofal.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * S3: the audit log. Rows are written in the action's transaction (and vanish with it on rollback); the
 * application's database role can only INSERT; the hash chain verifies, and finds a changed or deleted row.
 * Tampering tests act as the database superuser with triggers disabled, as a real attacker would need to.
 */
@IntegrationTest
class AuditLogTest {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditChainVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    TestConfig.Superuser superuser;
    @Autowired
    MockMvc mvc;

    @Test
    void refusesToRecordOutsideATransaction() {
        assertThatThrownBy(() -> audit.record(AuditEntry.of(AuditAction.READ, "TEST", 1)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void anAuditedReadInsideAReadOnlyTransactionIsRefusedAtOnce() {
        TransactionTemplate readOnly = new TransactionTemplate(tx.getTransactionManager());
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(s -> audit.record(AuditEntry.of(AuditAction.READ, "TEST", 1))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
    }

    @Test
    void anAuditRowRollsBackWithItsAction() {
        long before = count();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            audit.record(AuditEntry.of(AuditAction.UPDATE, "TEST", "rollback"));
            throw new IllegalStateException("the action failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count()).isEqualTo(before);
        tx.executeWithoutResult(s -> audit.record(AuditEntry.of(AuditAction.UPDATE, "TEST", "commit").aboutPerson(42)));
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aStandaloneRowInsideAnotherTransactionIsWrittenEvenWhenThatOneRollsBack() {
        long before = count();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            audit.record(AuditEntry.of(AuditAction.UPDATE, "TEST", "outer"));
            audit.recordStandalone(AuditEntry.of(AuditAction.SIGN_IN_FAILED, "TEST", "inner"), "someone", null, null);
            throw new IllegalStateException("the outer action failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(count()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT record_id FROM audit_log ORDER BY seq DESC LIMIT 1").query(String.class).single())
                .isEqualTo("inner");
    }

    @Test
    void theApplicationRoleCannotChangeDeleteOrTruncateAuditRows() {
        tx.executeWithoutResult(s -> audit.record(AuditEntry.of(AuditAction.READ, "TEST", "immutable")));
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET reason = 'x'").update()).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update()).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update()).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain_head SET last_seq = 0").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("SELECT count(*) FROM audit_event").query(Long.class).single())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theChainStaysIntactUnderConcurrentWritersAndAChecksDuringThem() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.List<java.util.concurrent.Future<?>> writers = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            writers.add(pool.submit(() -> {
                for (int n = 0; n < 25; n++) {
                    int k = n;
                    // Several rows a transaction, as a list page writes them: one multi-row INSERT at commit.
                    tx.executeWithoutResult(s -> {
                        audit.record(AuditEntry.of(AuditAction.READ, "TEST", "concurrent-" + k));
                        audit.record(AuditEntry.of(AuditAction.READ, "TEST", "concurrent-" + k + "-b"));
                        audit.record(AuditEntry.of(AuditAction.READ, "TEST", "concurrent-" + k + "-c"));
                    });
                }
            }));
        }
        int checks = 0;
        while (writers.stream().anyMatch(w -> !w.isDone())) {
            assertThat(verifier.verify().intact()).as("a check while rows are being written").isTrue();
            checks++;
        }
        for (var w : writers) {
            w.get();
        }
        pool.shutdown();
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(checks).isPositive();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void moreRowsInOneTransactionThanOneInsertCarriesAreAllChained() {
        tx.executeWithoutResult(s -> {
            for (int n = 0; n < 1_201; n++) {
                audit.record(AuditEntry.of(AuditAction.READ, "TEST", "many-" + n));
            }
        });
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void readingAnAuditSearchIsItselfAudited() throws Exception {
        long before = lastSeq();
        mvc.perform(get("/admin/audit").param("user", "admin").with(DemoLogins.as("admin"))).andExpect(status().isOk());
        long searches = jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'SEARCH' AND record_type = 'AUDIT_LOG' AND seq > :s")
                .param("s", before).query(Long.class).single();
        assertThat(searches).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theChainVerifiesAndFindsAChangedRowAndADeletedRow() throws SQLException {
        for (int i = 0; i < 3; i++) {
            int n = i;
            tx.executeWithoutResult(s -> audit.record(AuditEntry.of(AuditAction.READ, "TEST", "chain-" + n)));
        }
        assertThat(verifier.verify().intact()).isTrue();
        long target = lastSeq() - 1;
        try (Connection c = superuser.connect(); Statement st = c.createStatement()) {
            st.execute("SET session_replication_role = replica");
            st.execute("UPDATE audit_event SET reason = 'tampered' WHERE seq = " + target);
            AuditChainVerifier.Result changed = verifier.verify();
            assertThat(changed.intact()).isFalse();
            assertThat(changed.firstBadSeq()).isEqualTo(target);
            st.execute("UPDATE audit_event SET reason = NULL WHERE seq = " + target);
            assertThat(verifier.verify().intact()).isTrue();

            st.execute("CREATE TEMP TABLE saved AS SELECT * FROM audit_event WHERE seq = " + target);
            st.execute("DELETE FROM audit_event WHERE seq = " + target);
            AuditChainVerifier.Result deleted = verifier.verify();
            assertThat(deleted.intact()).isFalse();
            assertThat(deleted.firstBadSeq()).isEqualTo(target);
            st.execute("INSERT INTO audit_event SELECT * FROM saved");

            long last = lastSeq();
            st.execute("CREATE TEMP TABLE newest AS SELECT * FROM audit_event WHERE seq = " + last);
            st.execute("DELETE FROM audit_event WHERE seq = " + last);
            assertThat(verifier.verify().intact()).as("deleting the newest row is found through the chain head").isFalse();
            st.execute("INSERT INTO audit_event SELECT * FROM newest");
            st.execute("SET session_replication_role = origin");
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
    }

    private long lastSeq() {
        return jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_log").query(Long.class).single();
    }
}
