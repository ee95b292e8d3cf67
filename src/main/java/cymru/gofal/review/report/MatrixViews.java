package cymru.gofal.review.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cymru.gofal.review.Review;
import cymru.gofal.review.ReviewFramework;
import cymru.gofal.review.report.MatrixGeometry.Position;
import cymru.gofal.review.report.ReportView.Matrix;
import cymru.gofal.review.report.ReportView.MatrixCell;
import cymru.gofal.review.report.ReportView.MatrixRow;
import cymru.gofal.review.report.ReportView.Text;

/**
 * The performance matrix of a review: the framework's first question's scale across, the second's up, the review's
 * overall judgements as its position and the previous review's (same framework) as the earlier one. A framework
 * without exactly two questions has no matrix.
 */
final class MatrixViews {

    private MatrixViews() {
    }

    static Matrix of(ReviewFramework framework, Review review, Review previous, Locale locale) {
        if (framework.questions().size() != 2) {
            return null;
        }
        ReviewFramework.Question across = framework.questions().get(0);
        ReviewFramework.Question up = framework.questions().get(1);
        ReviewFramework.Scale columns = framework.scaleOf(across);
        ReviewFramework.Scale rows = framework.scaleOf(up);
        Position current = position(review, across, up, columns, rows);
        Position before = previous == null || !previous.framework().equals(framework.code()) ? null
                : position(previous, across, up, columns, rows);
        MatrixGeometry geometry = MatrixGeometry.of(names(columns, locale), names(rows, locale), columns.name(locale),
                rows.name(locale), current, before);
        List<MatrixRow> table = new ArrayList<>();
        for (int r = rows.levels().size(); r >= 1; r--) {
            List<MatrixCell> cells = new ArrayList<>();
            for (int c = 1; c <= columns.levels().size(); c++) {
                cells.add(new MatrixCell(at(current, c, r), at(before, c, r)));
            }
            table.add(new MatrixRow(text(rows.levels().get(r - 1).name(locale), locale), List.copyOf(cells)));
        }
        return new Matrix(geometry, text(columns.name(locale), locale), text(rows.name(locale), locale),
                texts(columns, locale), texts(rows, locale), List.copyOf(table),
                current == null ? null : levelText(columns, current.column(), locale),
                current == null ? null : levelText(rows, current.row(), locale),
                before == null ? null : previous.title(),
                before == null ? null : levelText(columns, before.column(), locale),
                before == null ? null : levelText(rows, before.row(), locale));
    }

    /** The review's position: the ordinals of its overall judgements on both questions, or null without both. */
    private static Position position(Review review, ReviewFramework.Question across, ReviewFramework.Question up,
            ReviewFramework.Scale columns, ReviewFramework.Scale rows) {
        Integer c = review.judgement(across.id()).flatMap(j -> columns.level(j.levelId())).map(ReviewFramework.Level::ordinal).orElse(null);
        Integer r = review.judgement(up.id()).flatMap(j -> rows.level(j.levelId())).map(ReviewFramework.Level::ordinal).orElse(null);
        return c == null || r == null ? null : new Position(c, r);
    }

    private static boolean at(Position p, int column, int row) {
        return p != null && p.column() == column && p.row() == row;
    }

    private static List<String> names(ReviewFramework.Scale scale, Locale locale) {
        return scale.levels().stream().map(l -> l.name(locale)).toList();
    }

    private static List<Text> texts(ReviewFramework.Scale scale, Locale locale) {
        return scale.levels().stream().map(l -> text(l.name(locale), locale)).toList();
    }

    private static Text levelText(ReviewFramework.Scale scale, int ordinal, Locale locale) {
        return text(scale.levels().get(ordinal - 1).name(locale), locale);
    }

    private static Text text(String s, Locale locale) {
        return new Text(s, "cy".equals(locale.getLanguage()) ? "cy" : "en");
    }
}
