package cymru.gofal.review.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the seed report (src/test/resources/seed, the published 2007 summary as text): its rating tables, its
 * overall judgement paragraphs and its priorities for action. A rating table is a line of the scale's level names,
 * each after a tab, then one line per area: the area's name and a tab-separated cell per level, the rated one holding
 * a bullet; the table's theme is the "Theme N: name" line above it, its question the "2.N" section it is in.
 */
final class SeedReport {

    static final String RESOURCE = "/seed/joint-review-merthyr-tydfil-2007-summary.txt";
    static final String BULLET = "•";

    record Table(int question, String theme, List<String> levels, List<Row> rows) {
    }

    /** An area and the column (1 = the first level) its bullet is in. */
    record Row(String area, int column) {
    }

    record Priority(int number, String title) {
    }

    final List<String> lines;

    private SeedReport(List<String> lines) {
        this.lines = lines;
    }

    static SeedReport load() throws IOException {
        try (InputStream in = SeedReport.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + RESOURCE);
            }
            return new SeedReport(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    List<Table> ratingTables() {
        List<Table> tables = new ArrayList<>();
        int question = 0;
        String theme = null;
        Pattern section = Pattern.compile("^2\\.(\\d) .*");
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            Matcher s = section.matcher(line);
            if (s.matches()) {
                question = Integer.parseInt(s.group(1));
            } else if (line.startsWith("Theme ")) {
                theme = line.strip();
            } else if (line.startsWith("\t") && !line.isBlank() && !line.contains(BULLET)) {
                List<String> levels = List.of(line.substring(1).split("\t"));
                List<Row> rows = new ArrayList<>();
                while (k + 1 < lines.size() && !lines.get(k + 1).isBlank()) {
                    String[] cells = lines.get(++k).split("\t", -1);
                    int column = 0;
                    for (int c = 1; c < cells.length; c++) {
                        if (cells[c].contains(BULLET)) {
                            column = c;
                        }
                    }
                    rows.add(new Row(cells[0].strip(), column));
                }
                tables.add(new Table(question, theme, levels, List.copyOf(rows)));
            }
        }
        return tables;
    }

    /** The paragraphs of "1.1 Overall judgement" before Exhibit 1. */
    List<String> overallJudgement() {
        return between("1.1 Overall judgement", "Exhibit 1:").stream().filter(l -> !l.isBlank()).toList();
    }

    List<Priority> priorities() {
        Pattern numbered = Pattern.compile("^(\\d+)\\. (.+)$");
        return between("1.3 Priorities for action", "The performance of social services").stream().map(numbered::matcher)
                .filter(Matcher::matches).map(m -> new Priority(Integer.parseInt(m.group(1)), m.group(2).strip())).toList();
    }

    private List<String> between(String from, String to) {
        int start = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (start < 0 && lines.get(k).startsWith(from)) {
                start = k + 1;
            } else if (start >= 0 && lines.get(k).startsWith(to)) {
                return lines.subList(start, k);
            }
        }
        throw new IllegalStateException("No section from '" + from + "' to '" + to + "' in the seed report");
    }
}
