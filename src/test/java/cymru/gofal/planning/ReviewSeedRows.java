package cymru.gofal.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        for (String migration : MIGRATIONS) {
            String sql = text(migration);
            String marker = "INSERT INTO " + table + " (";
            int at = sql.indexOf(marker);
            while (at >= 0) {
                int values = sql.indexOf(" VALUES", at);
                rows.addAll(parse(sql, values + " VALUES".length()));
                at = sql.indexOf(marker, values);
            }
        }
        return rows;
    }

    private static String text(String migration) {
        try (InputStream in = ReviewSeedRows.class.getClassLoader().getResourceAsStream(migration)) {
            if (in == null) {
                throw new IllegalStateException(migration + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> parse(String sql, int pos) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = null;
        StringBuilder token = new StringBuilder();
        int i = pos;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && sql.startsWith("--", i)) {
                i = sql.indexOf('\n', i);
                continue;
            }
            if (c == '\'') {
                int end = i + 1;
                while (true) {
                    int quote = sql.indexOf('\'', end);
                    if (quote + 1 < sql.length() && sql.charAt(quote + 1) == '\'') {
                        token.append(sql, end, quote).append('\'');
                        end = quote + 2;
                    } else {
                        token.append(sql, end, quote);
                        i = quote + 1;
                        break;
                    }
                }
                continue;
            }
            if (c == '(' && row == null) {
                row = new ArrayList<>();
            } else if ((c == ',' || c == ')') && row != null) {
                row.add(token.toString().strip());
                token.setLength(0);
                if (c == ')') {
                    rows.add(row);
                    row = null;
                }
            } else if (c == ';' && row == null) {
                return rows;
            } else if (row != null) {
                token.append(c);
            }
            i++;
        }
        throw new IllegalStateException("Unterminated INSERT");
    }
}
