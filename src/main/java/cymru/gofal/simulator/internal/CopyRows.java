package cymru.gofal.simulator.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.copy.CopyManager;

/**
 * Rows for PostgreSQL's COPY ... FROM STDIN in its text format: tab between columns, \N for null, and backslash,
 * tab, newline and carriage return escaped, so that any text arrives exactly as given.
 */
final class CopyRows {

    private final String table;
    private final String columns;
    private final StringBuilder text = new StringBuilder(1 << 16);
    private int rows;

    CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    CopyRows row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            append(values[i]);
        }
        text.append('\n');
        rows++;
        return this;
    }

    /** Sends the rows; answers how many the server took. */
    long copy(CopyManager copy) {
        if (rows == 0) {
            return 0;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try {
            return copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new ByteArrayInputStream(bytes));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else if (value instanceof LocalDate || value instanceof Number) {
            text.append(value);
        } else {
            String s = value.toString();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }
}
