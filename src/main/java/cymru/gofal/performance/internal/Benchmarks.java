package cymru.gofal.performance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Other councils' published values and comparison groups, and where the council stands among a group: its rank
 * (1 = best by the indicator's polarity; equal values share a rank), quartile (1 = the best quarter: rank r of n is in
 * quartile floor((r - 1) x 4 / n) + 1, so the best of any group is in the top quartile) and the
 * group's median (of every council compared, the council itself included).
 */
@Component
public class Benchmarks {

    private final JdbcClient jdbc;

    Benchmarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Group(long id, String name, List<String> members) {
    }

    /** One council's value in a comparison; {@code ours} marks the council's own (computed by Gofal). */
    public record Entry(String council, BigDecimal value, boolean ours, int rank) {
    }

    public record Comparison(Group group, int financialYear, List<Entry> entries, Integer rank, int of, Integer quartile, BigDecimal median) {
    }

    /** Replaces the values the rows name (same council, indicator and year) and adds the rest; all in the caller's transaction. */
    public int store(long authorityId, List<BenchmarkFile.Row> rows, String by) {
        int n = 0;
        for (List<BenchmarkFile.Row> chunk : chunks(rows, 1000)) {
            StringBuilder sql = new StringBuilder("INSERT INTO benchmark_value (authority_id, council_name, indicator_code, financial_year, value, imported_by) VALUES ");
            var params = new LinkedHashMap<String, Object>();
            for (int k = 0; k < chunk.size(); k++) {
                BenchmarkFile.Row r = chunk.get(k);
                sql.append(k == 0 ? "" : ", ").append("(:a, :c").append(k).append(", :i").append(k).append(", :y").append(k).append(", :v").append(k).append(", :by)");
                params.put("c" + k, r.council());
                params.put("i" + k, r.indicator());
                params.put("y" + k, r.financialYear());
                params.put("v" + k, r.value());
            }
            sql.append(" ON CONFLICT (authority_id, council_name, indicator_code, financial_year) DO UPDATE SET value = EXCLUDED.value,"
                    + " imported_at = now(), imported_by = EXCLUDED.imported_by");
            n += jdbc.sql(sql.toString()).params(params).param("a", authorityId).param("by", by).update();
        }
        return n;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }

    /** The councils with imported values, by name. */
    public List<String> councils(long authorityId) {
        return jdbc.sql("SELECT DISTINCT council_name FROM benchmark_value WHERE authority_id = :a ORDER BY council_name")
                .param("a", authorityId).query(String.class).list();
    }

    public List<Group> groups(long authorityId) {
        Map<Long, Group> out = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT g.id, g.name, m.council_name FROM comparison_group g LEFT JOIN comparison_group_member m ON m.group_id = g.id
                 WHERE g.authority_id = :a ORDER BY g.name, g.id, m.council_name""").param("a", authorityId)
                .query(rs -> {
                    Group g = out.computeIfAbsent(rs.getLong(1), id -> new Group(id, getName(rs), new ArrayList<>()));
                    String member = rs.getString(3);
                    if (member != null) {
                        g.members().add(member);
                    }
                });
        return List.copyOf(out.values());
    }

    private static String getName(java.sql.ResultSet rs) {
        try {
            return rs.getString(2);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a group; false when the council already has a group of that name. */
    @org.springframework.transaction.annotation.Transactional
    public boolean createGroup(long authorityId, String name, List<String> members, String by) {
        Optional<Long> id = jdbc.sql("""
                INSERT INTO comparison_group (authority_id, name, created_by) VALUES (:a, :n, :by)
                ON CONFLICT (authority_id, name) DO NOTHING RETURNING id""")
                .param("a", authorityId).param("n", name).param("by", by).query(Long.class).optional();
        id.ifPresent(g -> members.stream().distinct().forEach(m -> jdbc.sql("INSERT INTO comparison_group_member (group_id, council_name) VALUES (:g, :m)")
                .param("g", g).param("m", m).update()));
        return id.isPresent();
    }

    /**
     * The latest financial year up to {@code lastYear} (the last complete one: the council's own figure for a year
     * still running would be a part-year) with a value for the indicator from any member of the group, if any.
     */
    public Optional<Integer> latestYear(long authorityId, Group group, String code, int lastYear) {
        if (group.members().isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT max(financial_year) FROM benchmark_value WHERE authority_id = :a AND indicator_code = :c
                   AND council_name IN (:m) AND financial_year <= :last""").param("a", authorityId).param("c", code).param("m", group.members())
                .param("last", lastYear)
                .query(Integer.class).optional();
    }

    /** Where the council (its own value {@code ours}, null when it has none) stands in the group for the year. */
    public Comparison compare(long authorityId, Indicator indicator, Group group, int year, String ourName, BigDecimal ours) {
        List<Entry> raw = new ArrayList<>();
        if (!group.members().isEmpty()) {
            jdbc.sql("""
                    SELECT council_name, value FROM benchmark_value WHERE authority_id = :a AND indicator_code = :c AND financial_year = :y
                       AND council_name IN (:m)""").param("a", authorityId).param("c", indicator.code()).param("y", year)
                    .param("m", group.members())
                    .query(rs -> {
                        if (!rs.getString(1).equalsIgnoreCase(ourName)) {
                            raw.add(new Entry(rs.getString(1), rs.getBigDecimal(2), false, 0));
                        }
                    });
        }
        if (ours != null) {
            raw.add(new Entry(ourName, ours, true, 0));
        }
        Comparator<Entry> best = Comparator.comparing(Entry::value);
        if (indicator.higherIsBetter()) {
            best = best.reversed();
        }
        raw.sort(best.thenComparing(Entry::council));
        List<Entry> ranked = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            Entry e = raw.get(k);
            int rank = k > 0 && raw.get(k - 1).value().compareTo(e.value()) == 0 ? ranked.get(k - 1).rank() : k + 1;
            ranked.add(new Entry(e.council(), e.value(), e.ours(), rank));
        }
        Integer rank = ranked.stream().filter(Entry::ours).map(Entry::rank).findFirst().orElse(null);
        int n = ranked.size();
        Integer quartile = rank == null ? null : (rank - 1) * 4 / n + 1;
        return new Comparison(group, year, ranked, rank, n, quartile, median(ranked));
    }

    static BigDecimal median(List<Entry> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        List<BigDecimal> v = entries.stream().map(Entry::value).sorted().toList();
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : v.get(n / 2 - 1).add(v.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
