package cymru.gofal.performance.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.web.StaleVersionException;

/** Targets per indicator and period (a financial year, or one quarter of it). */
@Component
public class Targets {

    private final JdbcClient jdbc;

    Targets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A target as set: its value and version (for optimistic locking of changes). */
    public record Target(BigDecimal value, int version, String setBy, java.time.Instant setAt) {
    }

    /** Key of a target: the indicator, the financial year's first calendar year and the quarter (0 = the whole year). */
    public record Key(String code, int financialYear, int quarter) {
    }

    /** The council's targets for the financial years {@code fromYear} to {@code toYear}. */
    public Map<Key, Target> of(long authorityId, int fromYear, int toYear) {
        Map<Key, Target> out = new HashMap<>();
        jdbc.sql("""
                SELECT indicator_code, financial_year, coalesce(quarter, 0), target, version, set_by, set_at FROM indicator_target
                 WHERE authority_id = :a AND financial_year BETWEEN :from AND :to""")
                .param("a", authorityId).param("from", fromYear).param("to", toYear)
                .query(rs -> {
                    out.put(new Key(rs.getString(1), rs.getInt(2), rs.getInt(3)),
                            new Target(rs.getBigDecimal(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant()));
                });
        return out;
    }

    public Optional<Target> find(long authorityId, Key key) {
        return Optional.ofNullable(of(authorityId, key.financialYear(), key.financialYear()).get(key));
    }

    /**
     * Sets the target; {@code version} is the version the user saw (null when they saw none).
     *
     * @throws StaleVersionException when someone set or changed it since
     */
    public void set(long authorityId, Key key, BigDecimal value, Integer version, String by) {
        Integer quarter = key.quarter() == 0 ? null : key.quarter();
        int n;
        if (version == null) {
            n = jdbc.sql("""
                    INSERT INTO indicator_target (authority_id, indicator_code, financial_year, quarter, target, set_by)
                    VALUES (:a, :c, :y, :q, :t, :by)
                    ON CONFLICT (authority_id, indicator_code, financial_year, coalesce(quarter, 0)) DO NOTHING""")
                    .param("a", authorityId).param("c", key.code()).param("y", key.financialYear()).param("q", quarter)
                    .param("t", value).param("by", by).update();
        } else {
            n = jdbc.sql("""
                    UPDATE indicator_target SET target = :t, version = version + 1, set_by = :by, set_at = now()
                     WHERE authority_id = :a AND indicator_code = :c AND financial_year = :y AND coalesce(quarter, 0) = :q0
                       AND version = :v""")
                    .param("a", authorityId).param("c", key.code()).param("y", key.financialYear()).param("q0", key.quarter())
                    .param("t", value).param("by", by).param("v", version).update();
        }
        if (n != 1) {
            throw new StaleVersionException("Target " + key + " changed since version " + version);
        }
    }
}
