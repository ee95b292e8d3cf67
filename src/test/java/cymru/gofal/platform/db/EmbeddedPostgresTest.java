package cymru.gofal.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL (issue: foundation, point 2): it starts as root or not, keeps its data across a
 * restart on the same directory, reuses a server left running on that directory, and stops cleanly.
 */
class EmbeddedPostgresTest {

    @Test
    void aRestartOnTheSameDirectoryKeepsEveryRecord() throws Exception {
        Path dir = Files.createTempDirectory("gofal-pg-restart");
        EmbeddedPostgres first = new EmbeddedPostgres(dir, 0, true);
        EmbeddedPostgres.ConnectionInfo info = first.start();
        try (Connection c = connect(info); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE kept (name TEXT)");
            st.execute("INSERT INTO kept VALUES ('Siân ap Gruffudd')");
        }
        first.close();
        assertThat(Files.exists(first.clusterDir().resolve("postmaster.pid"))).as("stopped cleanly").isFalse();

        EmbeddedPostgres second = new EmbeddedPostgres(dir, 0, true);
        EmbeddedPostgres.ConnectionInfo again = second.start();
        try (Connection c = connect(again); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Siân ap Gruffudd");
        } finally {
            second.close();
            FileTree.deleteRecursively(dir);
        }
    }

    @Test
    void aServerLeftByADeadProcessIsAdoptedAndStoppedWithTheApplication() throws Exception {
        Path dir = Files.createTempDirectory("gofal-pg-adopt");
        EmbeddedPostgres orphan = new EmbeddedPostgres(dir, 0, false);
        EmbeddedPostgres.ConnectionInfo info = orphan.start();
        Files.writeString(dir.resolve("owner.pid"), "2147483000");
        EmbeddedPostgres next = new EmbeddedPostgres(dir, 0, false);
        try {
            assertThat(next.start().port()).isEqualTo(info.port());
            next.close();
            assertThat(Files.exists(next.clusterDir().resolve("postmaster.pid"))).as("the adopter stopped it").isFalse();
        } finally {
            FileTree.deleteRecursively(dir);
        }
    }

    @Test
    void aServerAnotherLiveProcessStartedIsUsedButNotStopped() throws Exception {
        Path dir = Files.createTempDirectory("gofal-pg-share");
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        EmbeddedPostgres owner = new EmbeddedPostgres(dir, 0, false);
        EmbeddedPostgres.ConnectionInfo info = owner.start();
        Files.writeString(dir.resolve("owner.pid"), String.valueOf(sleeper.pid()));
        EmbeddedPostgres command = new EmbeddedPostgres(dir, 0, false);
        try {
            assertThat(command.start().port()).isEqualTo(info.port());
            command.close();
            try (Connection c = connect(info)) {
                assertThat(c.isValid(2)).as("still running for its owner").isTrue();
            }
        } finally {
            sleeper.destroy();
            owner.close();
            FileTree.deleteRecursively(dir);
        }
    }

    @Test
    void resettingADirectoryWhoseServerAnotherLiveProcessOwnsIsRefused() throws Exception {
        Path dir = Files.createTempDirectory("gofal-pg-noreset");
        Process sleeper = new ProcessBuilder("sleep", "60").start();
        EmbeddedPostgres owner = new EmbeddedPostgres(dir, 0, false);
        owner.start();
        Files.writeString(dir.resolve("owner.pid"), String.valueOf(sleeper.pid()));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedPostgresLease.acquire(dir, 0, false, true))
                    .hasMessageContaining("another running process");
            assertThat(Files.exists(dir.resolve("postgres").resolve("PG_VERSION"))).as("data kept").isTrue();
        } finally {
            sleeper.destroy();
            Files.writeString(dir.resolve("owner.pid"), String.valueOf(ProcessHandle.current().pid()));
            owner.close();
            FileTree.deleteRecursively(dir);
        }
    }

    @Test
    void aStalePidFileFromAnUnrelatedProcessDoesNotBlockStartUp() throws Exception {
        Path dir = Files.createTempDirectory("gofal-pg-stale");
        EmbeddedPostgres first = new EmbeddedPostgres(dir, 0, false);
        first.start();
        first.close();
        Path pid = first.clusterDir().resolve("postmaster.pid");
        // A pid file naming a live process that is not PostgreSQL (this JVM) on a port nothing listens on.
        Files.writeString(pid, ProcessHandle.current().pid() + "\n" + first.clusterDir() + "\n1700000000\n1\n\n127.0.0.1\n");
        EmbeddedPostgres second = new EmbeddedPostgres(dir, 0, false);
        try {
            EmbeddedPostgres.ConnectionInfo info = second.start();
            try (Connection c = connect(info)) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            second.close();
            FileTree.deleteRecursively(dir);
        }
    }

    @Test
    void theApplicationRoleIsNotASuperuser() throws Exception {
        Path dir = Files.createTempDirectory("gofal-pg-roles");
        EmbeddedPostgres server = new EmbeddedPostgres(dir, 0, false);
        EmbeddedPostgres.ConnectionInfo info = server.start();
        try (Connection c = DriverManager.getConnection(info.jdbcUrl(Credentials.DATABASE), Credentials.APP,
                info.credentials().appPassword()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isFalse();
        } finally {
            server.close();
            FileTree.deleteRecursively(dir);
        }
    }

    private static Connection connect(EmbeddedPostgres.ConnectionInfo info) throws Exception {
        return DriverManager.getConnection(info.jdbcUrl(Credentials.DATABASE), Credentials.OWNER, info.credentials().ownerPassword());
    }
}
