package cymru.gofal.platform.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes sure the embedded cluster has Gofal's database and its two login roles; safe to run on every start.
 * Everything below the database (tables, grants) belongs to the Flyway migrations.
 */
final class ClusterBootstrap {

    private final EmbeddedPostgres.ConnectionInfo info;

    ClusterBootstrap(EmbeddedPostgres.ConnectionInfo info) {
        this.info = info;
    }

    void ensureDatabaseAndRoles() {
        Credentials c = info.credentials();
        try (Connection admin = DriverManager.getConnection(info.jdbcUrl("postgres"), Credentials.SUPERUSER, c.superuserPassword());
             Statement st = admin.createStatement()) {
            ensureRole(st, Credentials.OWNER, c.ownerPassword());
            ensureRole(st, Credentials.APP, c.appPassword());
            try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + Credentials.DATABASE + "'")) {
                if (!rs.next()) {
                    st.execute("CREATE DATABASE " + Credentials.DATABASE + " OWNER " + Credentials.OWNER + " ENCODING 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database: " + e.getMessage(), e);
        }
        try (Connection db = DriverManager.getConnection(info.jdbcUrl(Credentials.DATABASE), Credentials.SUPERUSER, c.superuserPassword());
             Statement st = db.createStatement()) {
            st.execute("ALTER SCHEMA public OWNER TO " + Credentials.OWNER);
            st.execute("REVOKE ALL ON DATABASE " + Credentials.DATABASE + " FROM PUBLIC");
            st.execute("GRANT CONNECT ON DATABASE " + Credentials.DATABASE + " TO " + Credentials.APP);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database: " + e.getMessage(), e);
        }
    }

    private static void ensureRole(Statement st, String role, String password) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            String verb = rs.next() ? "ALTER" : "CREATE";
            st.execute(verb + " ROLE " + role + " LOGIN PASSWORD '" + password + "'");
        }
    }
}
