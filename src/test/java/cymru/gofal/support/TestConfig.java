package cymru.gofal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Shared test beans: a clock tests can move, and superuser access to the embedded database for tampering. */
@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    Superuser superuser(DataSource dataSource) {
        return new Superuser(((HikariDataSource) dataSource).getJdbcUrl());
    }

    /** Connects as the embedded cluster's superuser (its password is in the test data directory). */
    public record Superuser(String jdbcUrl) {
        public Connection connect() throws SQLException {
            Properties props = new Properties();
            try (var reader = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("target/test-data/credentials.properties"))) {
                props.load(reader);
            } catch (java.io.IOException e) {
                throw new SQLException(e);
            }
            return DriverManager.getConnection(jdbcUrl, "postgres", props.getProperty("superuser"));
        }
    }
}
