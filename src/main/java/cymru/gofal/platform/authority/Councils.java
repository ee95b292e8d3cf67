package cymru.gofal.platform.authority;

import java.util.Optional;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * The councils this deployment serves. The council named in {@code gofal.authority.*} is created on first
 * start; its regime can then be changed by an ADMIN (optimistically locked by its version).
 */
@Service
@Order(0)
public class Councils implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final ConfiguredAuthority configured;
    private final AuditLog audit;

    Councils(JdbcClient jdbc, ConfiguredAuthority configured, AuditLog audit) {
        this.jdbc = jdbc;
        this.configured = configured;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime) VALUES (:id, :code, :en, :cy, :regime)
                ON CONFLICT (id) DO NOTHING
                """).param("id", configured.id()).param("code", configured.code()).param("en", configured.nameEn())
                .param("cy", configured.nameCy()).param("regime", configured.regime()).update();
    }

    public Optional<Council> find(long id) {
        return jdbc.sql("SELECT id, code, name_en, name_cy, regime, version FROM authority WHERE id = :id")
                .param("id", id).query(Council.class).optional();
    }

    /**
     * The council's name in the language asked, cached: names do not change while Gofal runs, and every page
     * shows one, so no page pays a query for it.
     */
    public String name(long id, java.util.Locale locale) {
        Council council = names.computeIfAbsent(id, key -> find(key).orElse(null));
        return council == null ? "" : council.name(locale);
    }

    private final java.util.Map<Long, Council> names = new java.util.concurrent.ConcurrentHashMap<>();

    public Council require(long id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No council with id " + id));
    }

    /** The council of this deployment's configuration (the default for pages and APIs without a council). */
    public long defaultId() {
        return configured.id();
    }

    /**
     * Changes the council's regime if {@code expectedVersion} is still current; answers the version after.
     * Choosing the regime it already has changes nothing (the version stays).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public int changeRegime(long id, String regime, int expectedVersion) {
        Council current = require(id);
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("Council " + id + " is no longer at version " + expectedVersion);
        }
        if (current.regime().equals(regime)) {
            return expectedVersion;
        }
        int updated = jdbc.sql("UPDATE authority SET regime = :regime, version = version + 1 WHERE id = :id AND version = :version")
                .param("regime", regime).param("id", id).param("version", expectedVersion).update();
        if (updated == 0) {
            throw new StaleVersionException("Council " + id + " is no longer at version " + expectedVersion);
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "COUNCIL", id).because("regime " + current.regime() + " -> " + regime));
        return expectedVersion + 1;
    }

    /** {@code gofal.authority.*}: the council this deployment is set up for. */
    @ConfigurationProperties("gofal.authority")
    record ConfiguredAuthority(long id, String code, String nameEn, String nameCy, String regime) {
    }
}
