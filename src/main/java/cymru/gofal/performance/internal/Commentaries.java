package cymru.gofal.performance.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.web.StaleVersionException;

/** Commentary per indicator per quarter, with who wrote it and when; an edit keeps the earlier text in history. */
@Component
public class Commentaries {

    private final JdbcClient jdbc;

    Commentaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Commentary(String code, int financialYear, int quarter, String body, int version, String writtenBy, Instant writtenAt) {
    }

    /** Key: indicator code, financial year, quarter. */
    public record Key(String code, int financialYear, int quarter) {
    }

    public Map<Key, Commentary> of(long authorityId, int fromYear, int toYear) {
        Map<Key, Commentary> out = new HashMap<>();
        jdbc.sql("""
                SELECT indicator_code, financial_year, quarter, body, version, written_by, written_at FROM indicator_commentary
                 WHERE authority_id = :a AND financial_year BETWEEN :from AND :to""")
                .param("a", authorityId).param("from", fromYear).param("to", toYear)
                .query(rs -> {
                    Commentary c = new Commentary(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                            rs.getString(6), rs.getTimestamp(7).toInstant());
                    out.put(new Key(c.code(), c.financialYear(), c.quarter()), c);
                });
        return out;
    }

    public Optional<Commentary> find(long authorityId, Key key) {
        return Optional.ofNullable(of(authorityId, key.financialYear(), key.financialYear()).get(key));
    }

    /**
     * Writes the commentary; {@code version} is the one the writer saw (null when there was none).
     *
     * @throws StaleVersionException when someone wrote or changed it since
     */
    @org.springframework.transaction.annotation.Transactional
    public void write(long authorityId, Key key, String body, Integer version, String by) {
        int n;
        if (version == null) {
            n = jdbc.sql("""
                    INSERT INTO indicator_commentary (authority_id, indicator_code, financial_year, quarter, body, written_by)
                    VALUES (:a, :c, :y, :q, :b, :by) ON CONFLICT (authority_id, indicator_code, financial_year, quarter) DO NOTHING""")
                    .param("a", authorityId).param("c", key.code()).param("y", key.financialYear()).param("q", key.quarter())
                    .param("b", body).param("by", by).update();
        } else {
            jdbc.sql("""
                    INSERT INTO indicator_commentary_history (commentary_id, body, written_at, written_by)
                    SELECT id, body, written_at, written_by FROM indicator_commentary
                     WHERE authority_id = :a AND indicator_code = :c AND financial_year = :y AND quarter = :q AND version = :v""")
                    .param("a", authorityId).param("c", key.code()).param("y", key.financialYear()).param("q", key.quarter())
                    .param("v", version).update();
            n = jdbc.sql("""
                    UPDATE indicator_commentary SET body = :b, version = version + 1, written_by = :by, written_at = now()
                     WHERE authority_id = :a AND indicator_code = :c AND financial_year = :y AND quarter = :q AND version = :v""")
                    .param("a", authorityId).param("c", key.code()).param("y", key.financialYear()).param("q", key.quarter())
                    .param("b", body).param("by", by).param("v", version).update();
        }
        if (n != 1) {
            throw new StaleVersionException("Commentary " + key + " changed since version " + version);
        }
    }
}
