package cymru.gofal.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of the V2 migration's INSERT statements, so that tests use the very data Flyway loads rather than
 * a copy that could drift. Understands just what the migration uses: single-quoted strings with '' escapes,
 * numbers, TRUE/FALSE, and -- comments between rows. String values come back unescaped; others as written.
 */
public final class SqlSeed {

    static final String MIGRATION = "db/migration/V2__calendar_and_timescales.sql";

    private SqlSeed() {
    }

    /** Every row inserted into {@code table}, in file order, across all its INSERT statements. */
    static List<List<String>> rows(String table) {
        List<List<String>> rows = rows(MIGRATION, table);
        if (rows.isEmpty()) {
            throw new IllegalStateException("No INSERT INTO " + table + " in " + MIGRATION);
        }
        return rows;
    }

    /** Every row inserted into {@code table} by the migration (a classpath resource), in file order; none when it has no INSERT. */
    public static List<List<String>> rows(String migration, String table) {
        String sql = text(migration);
        String marker = "INSERT INTO " + table + " (";
        List<List<String>> rows = new ArrayList<>();
        int at = sql.indexOf(marker);
        while (at >= 0) {
            int values = sql.indexOf(" VALUES", at);
            rows.addAll(parseValues(sql, values + " VALUES".length()));
            at = sql.indexOf(marker, values);
        }
        return rows;
    }

    static String migrationText() {
        return text(MIGRATION);
    }

    private static String text(String migration) {
        try (InputStream in = SqlSeed.class.getClassLoader().getResourceAsStream(migration)) {
            if (in == null) {
                throw new IllegalStateException(migration + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses "(v, v, ...), (...), ... ;" starting at {@code pos}. */
    private static List<List<String>> parseValues(String sql, int pos) {
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
        throw new IllegalStateException("Unterminated INSERT at " + pos);
    }
}
