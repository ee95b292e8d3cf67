package cymru.gofal.performance.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import cymru.gofal.platform.web.FormError;

/**
 * Reads a CSV file of other councils' published indicator values: a header row naming the columns council,
 * indicator, period and value (any order, any case), then one row per value. period is a financial year written
 * 2025-26, 2025/26 or 2025-2026, a year that has ended; value is a number of at least 0, rounded half up to one
 * decimal place. The same council, indicator and year twice is refused. Every bad row is reported with its line
 * number; a file with any problem is refused whole.
 */
public final class BenchmarkFile {

    /** Rows a file may hold. */
    public static final int MAX_ROWS = 50_000;

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*[-/]\\s*(\\d{2}|20\\d{2})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(\\.\\d{1,6})?");
    private static final List<String> COLUMNS = List.of("council", "indicator", "period", "value");

    /** One value read. */
    public record Row(String council, String indicator, int financialYear, BigDecimal value) {
    }

    private BenchmarkFile() {
    }

    /** The rows, or none and the problems (field "file", message key and arguments) when the file is not right. */
    public static List<Row> read(Reader in, Set<String> indicatorCodes, int lastYear, List<FormError> problems) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String c : COLUMNS) {
                if (header.keySet().stream().noneMatch(h -> h.strip().toLowerCase(Locale.ROOT).equals(c))) {
                    problems.add(new FormError("file", "performance.benchmark.error.column", c));
                }
            }
            if (!problems.isEmpty()) {
                return List.of();
            }
            Map<String, Integer> index = new java.util.HashMap<>();
            header.forEach((name, i) -> index.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), i));
            Set<String> seen = new java.util.HashSet<>();
            for (CSVRecord r : parser) {
                if (rows.size() >= MAX_ROWS) {
                    problems.add(new FormError("file", "performance.benchmark.error.tooMany", MAX_ROWS));
                    break;
                }
                Row row = row(r, index, indicatorCodes, problems);
                if (row != null && row.financialYear() > lastYear) {
                    problems.add(new FormError("file", "performance.benchmark.error.notEnded", r.getParser().getCurrentLineNumber(),
                            row.financialYear() + "-" + String.format("%02d", (row.financialYear() + 1) % 100)));
                } else if (row != null && !seen.add(row.council().toLowerCase(Locale.ROOT) + "|" + row.indicator() + "|" + row.financialYear())) {
                    problems.add(new FormError("file", "performance.benchmark.error.duplicate", r.getParser().getCurrentLineNumber()));
                } else if (row != null) {
                    rows.add(row);
                }
                if (problems.size() >= 20) {
                    break;
                }
            }
        } catch (java.nio.charset.CharacterCodingException | java.io.UncheckedIOException e) {
            problems.add(new FormError("file", "performance.benchmark.error.notUtf8"));
        } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(new FormError("file", "performance.benchmark.error.notCsv"));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(new FormError("file", "performance.benchmark.error.empty"));
        }
        return problems.isEmpty() ? rows : List.of();
    }

    private static Row row(CSVRecord r, Map<String, Integer> index, Set<String> codes, List<FormError> problems) {
        long line = r.getParser().getCurrentLineNumber();
        if (!r.isConsistent()) {
            problems.add(new FormError("file", "performance.benchmark.error.columns", line));
            return null;
        }
        String council = get(r, index, "council");
        String indicator = get(r, index, "indicator");
        String period = get(r, index, "period");
        String value = get(r, index, "value");
        int before = problems.size();
        if (council.isEmpty() || council.length() > 100 || council.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(new FormError("file", "performance.benchmark.error.council", line));
        }
        if (!codes.contains(indicator)) {
            problems.add(new FormError("file", "performance.benchmark.error.indicator", line, indicator));
        }
        Integer year = year(period);
        if (year == null) {
            problems.add(new FormError("file", "performance.benchmark.error.period", line, period));
        }
        if (!NUMBER.matcher(value).matches()) {
            problems.add(new FormError("file", "performance.benchmark.error.value", line, value));
        }
        if (problems.size() > before) {
            return null;
        }
        return new Row(council, indicator, year, new BigDecimal(value).setScale(1, RoundingMode.HALF_UP));
    }

    private static String get(CSVRecord r, Map<String, Integer> index, String column) {
        String v = r.get(index.get(column));
        return v == null ? "" : v.strip();
    }

    /** The financial year's first calendar year, or null when the text is not a financial year. */
    static Integer year(String period) {
        Matcher m = YEAR.matcher(period);
        if (!m.matches()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int expected = m.group(2).length() == 2 ? (first + 1) % 100 : first + 1;
        return second == expected ? first : null;
    }
}
