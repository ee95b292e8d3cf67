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
    void aServerAlreadyRunningOnTheDirectoryIsReused() throws Exception {
        Path dir = Files.createTempDirectory("gofal-pg-reuse");
        EmbeddedPostgres orphan = new EmbeddedPostgres(dir, 0, false);
        EmbeddedPostgres.ConnectionInfo info = orphan.start();
        EmbeddedPostgres next = new EmbeddedPostgres(dir, 0, false);
        EmbeddedPostgres.ConnectionInfo reused = next.start();
        try {
            assertThat(reused.port()).isEqualTo(info.port());
            try (Connection c = connect(reused)) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            next.close();
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
