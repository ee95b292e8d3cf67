package cymru.gofal.platform.db;

import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The default database: a real PostgreSQL that Gofal starts itself (see {@link EmbeddedPostgres}). It is
 * used only when no {@code spring.datasource.url} is configured; with one, Spring Boot's own data source
 * talks to that external server instead.
 *
 * <p>The application's pool connects as {@value Credentials#APP}; Flyway connects as the owner
 * {@value Credentials#OWNER}, so that the rights the migrations grant the application are the only ones
 * it has.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedPostgresLease embeddedPostgres(@Value("${gofal.data-dir:./data}") Path dataDir,
            @Value("${gofal.db.embedded.port:0}") int port,
            @Value("${gofal.db.embedded.durable:true}") boolean durable,
            @Value("${gofal.db.embedded.reset-on-start:false}") boolean resetOnStart) {
        return EmbeddedPostgresLease.acquire(dataDir, port, durable, resetOnStart);
    }

    @Bean
    @Primary
    HikariDataSource dataSource(EmbeddedPostgresLease server,
            @Value("${gofal.db.embedded.pool-size:10}") int poolSize) {
        EmbeddedPostgres.ConnectionInfo info = server.info();
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("gofal");
        ds.setJdbcUrl(info.jdbcUrl(Credentials.DATABASE));
        ds.setUsername(Credentials.APP);
        ds.setPassword(info.credentials().appPassword());
        ds.setMaximumPoolSize(poolSize);
        ds.setConnectionTimeout(2_000);
        ds.setValidationTimeout(1_000);
        return ds;
    }

    /**
     * Flyway connects as the owner. Given as Flyway's own setting, not as a DataSource bean, so that nothing
     * else (health checks, metrics) ever opens a connection with the owner's rights.
     */
    @Bean
    FlywayConfigurationCustomizer ownerRunsMigrations(EmbeddedPostgresLease server) {
        EmbeddedPostgres.ConnectionInfo info = server.info();
        return configuration -> configuration.dataSource(info.jdbcUrl(Credentials.DATABASE), Credentials.OWNER,
                info.credentials().ownerPassword());
    }
}
