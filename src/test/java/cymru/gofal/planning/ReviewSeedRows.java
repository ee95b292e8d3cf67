package cymru.gofal.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cymru.gofal.platform.calendar.SqlSeed;
import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.TimescaleUnit;

/**
 * The timescale rules and review schedule exactly as the migrations load them (V2 and V13), so the review date tests
 * use the data Flyway loads rather than numbers copied into the tests. Understands what those INSERTs use: quoted
 * strings with '' escapes, numbers, TRUE/FALSE, and -- comments between rows.
 */
final class ReviewSeedRows {

    private static final List<String> MIGRATIONS = List.of("db/migration/V2__calendar_and_timescales.sql", "db/migration/V13__planning.sql");

    private ReviewSeedRows() {
    }

    static TimescaleRule rule(String regime, String code) {
        return rows("timescale_rule").stream().filter(r -> r.get(0).equals(regime) && r.get(1).equals(code)).findFirst()
                .map(r -> new TimescaleRule(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4), Integer.parseInt(r.get(5)),
                        TimescaleUnit.valueOf(r.get(6)), r.get(7), r.get(8), Boolean.parseBoolean(r.get(9).toLowerCase())))
                .orElseThrow(() -> new IllegalStateException("No rule " + regime + " " + code + " in the migrations"));
    }

    /** review_schedule's (first rule, subsequent rule) for a regime and service area. */
    static Optional<List<String>> schedule(String regime, String serviceArea) {
        return rows("review_schedule").stream().filter(r -> r.get(0).equals(regime) && r.get(1).equals(serviceArea))
                .findFirst().map(r -> List.of(r.get(2), r.get(3)));
    }

    static List<List<String>> rows(String table) {
        List<List<String>> rows = new ArrayList<>();
        MIGRATIONS.forEach(m -> rows.addAll(SqlSeed.rows(m, table)));
        return rows;
    }
}
