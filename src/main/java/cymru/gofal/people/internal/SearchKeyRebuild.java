package cymru.gofal.people.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.people.NameKeys;

/**
 * Recomputes every person's search key (after the name variant list or the key rules change), in batches of
 * ids, each batch its own transaction, reporting progress. Keys are built as {@link PersonStore#refreshSearchKey}
 * builds them: own names and other names in bulk; people with records merged into them (rare) one by one, by
 * that method itself.
 */
@Component
public class SearchKeyRebuild {

    static final int BATCH = 5000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final PersonStore store;

    SearchKeyRebuild(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, PersonStore store) {
        this.store = store;
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
    }

    private record Row(long id, String given, String family, String preferred, String others, String key, boolean hasMerged) {
    }

    /** Rebuilds all keys; answers how many changed. {@code progress} gets a line per batch. */
    public long rebuild(java.util.function.Consumer<String> progress) {
        long total = jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
        long start = System.nanoTime();
        long done = 0;
        long changed = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Row> rows = jdbc.sql("""
                    SELECT p.id, p.given_names, p.family_name, p.preferred_name, p.search_key,
                           (SELECT string_agg(n.given_names || ' ' || n.family_name, '|') FROM person_name n WHERE n.person_id = p.id) AS others,
                           EXISTS (SELECT 1 FROM person m WHERE m.merged_into = p.id) AS has_merged
                    FROM person p WHERE p.id > :after ORDER BY p.id LIMIT :batch""").param("after", from).param("batch", BATCH)
                    .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("given_names"), rs.getString("family_name"),
                            rs.getString("preferred_name"), rs.getString("others"), rs.getString("search_key"), rs.getBoolean("has_merged"))).list();
            if (rows.isEmpty()) {
                break;
            }
            List<Object[]> updates = new ArrayList<>();
            List<Long> withMerged = new ArrayList<>();
            for (Row r : rows) {
                if (r.hasMerged()) {
                    withMerged.add(r.id());
                    continue;
                }
                List<String> others = r.others() == null || r.others().isEmpty() ? List.of()
                        : Arrays.stream(r.others().split("\\|")).sorted().toList();
                String key = NameKeys.searchKey(r.given(), r.family(), r.preferred(), others);
                if (!key.equals(r.key())) {
                    updates.add(new Object[] {key, r.id()});
                }
            }
            tx.executeWithoutResult(t -> {
                template.batchUpdate("UPDATE person SET search_key = ? WHERE id = ?", updates);
                withMerged.forEach(store::refreshSearchKey);
            });
            changed += updates.size() + withMerged.size();
            done += rows.size();
            after = rows.get(rows.size() - 1).id();
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = done / Math.max(seconds, 1e-3);
            progress.accept(String.format("search keys: %,d of %,d (%.0f%%), %,.0f people/s, about %.0f s left, %,d changed",
                    done, total, 100.0 * done / Math.max(total, 1), rate, Math.max(0, total - done) / rate, changed));
        }
        return changed;
    }
}
