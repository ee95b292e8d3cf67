package cymru.gofal.review.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The performance matrix drawn as SVG coordinates: an n x m grid of the two questions' scales, the first question's
 * levels along the bottom (worst on the left) and the second's up the side (worst at the bottom), so the worst place
 * is the bottom-left cell and the best the top-right. Level labels are wrapped to the space they have (SVG text does
 * not wrap); the review's position is a circle, the previous review's a square, each in its cell (side by side when
 * both fall in one cell), joined by a dashed line when they differ ({@code moved}). Pure geometry: the page adds the text and colours.
 */
public record MatrixGeometry(int width, int height, List<Cell> cells, List<Label> columnLabels, List<Label> rowLabels,
        Label columnTitle, Label rowTitle, Point current, Point previous, boolean moved) {

    static final int CELL_W = 120;
    static final int CELL_H = 72;
    static final int LEFT = 180;
    static final int TOP = 8;
    static final int RIGHT = 8;
    static final int LINE = 16;
    /** Average width of a character of the 13px labels, to wrap them. */
    static final int CHAR_W = 7;
    static final int MARKER_OFFSET = 22;

    /** A grid cell: column and row ordinals (1 = worst), its box, and whether a position is in it. */
    public record Cell(int column, int row, int x, int y, int w, int h, boolean current, boolean previous) {
    }

    /** Text anchored at (x, y), in lines of at most the label's width; {@code rotate} is -90 for the side title. */
    public record Label(int x, int y, List<String> lines, int rotate) {
    }

    /** A marker's centre. */
    public record Point(int x, int y) {
    }

    /** A position on the matrix: the ordinal (1 = worst) of each question's level. */
    public record Position(int column, int row) {
    }

    /**
     * @param columns the first question's level names, worst first
     * @param rows the second question's level names, worst first
     * @param current the review's position, or null when it has no overall judgement on both questions
     * @param previous the previous review's position, or null
     */
    public static MatrixGeometry of(List<String> columns, List<String> rows, String columnTitle, String rowTitle,
            Position current, Position previous) {
        int n = columns.size();
        int m = rows.size();
        if (n == 0 || m == 0) {
            throw new IllegalArgumentException("A matrix needs levels on both scales");
        }
        check(current, n, m);
        check(previous, n, m);
        int gridBottom = TOP + m * CELL_H;
        List<Cell> cells = new ArrayList<>();
        for (int r = m; r >= 1; r--) {
            for (int c = 1; c <= n; c++) {
                cells.add(new Cell(c, r, x(c), y(r, m), CELL_W, CELL_H, at(current, c, r), at(previous, c, r)));
            }
        }
        List<Label> columnLabels = new ArrayList<>();
        int columnLines = 1;
        for (int c = 1; c <= n; c++) {
            List<String> lines = wrap(columns.get(c - 1), (CELL_W - 8) / CHAR_W);
            columnLines = Math.max(columnLines, lines.size());
            columnLabels.add(new Label(x(c) + CELL_W / 2, gridBottom + LINE + 2, lines, 0));
        }
        List<Label> rowLabels = new ArrayList<>();
        for (int r = 1; r <= m; r++) {
            List<String> lines = wrap(rows.get(r - 1), (LEFT - 40) / CHAR_W);
            int middle = y(r, m) + CELL_H / 2 + 4 - (lines.size() - 1) * LINE / 2;
            rowLabels.add(new Label(LEFT - 8, middle, lines, 0));
        }
        int titleY = gridBottom + LINE * (columnLines + 1) + 8;
        Label colTitle = new Label(LEFT + n * CELL_W / 2, titleY, wrap(columnTitle, n * CELL_W / CHAR_W), 0);
        Label sideTitle = new Label(18, TOP + m * CELL_H / 2, wrap(rowTitle, m * CELL_H / CHAR_W), -90);
        int height = titleY + (colTitle.lines().size() - 1) * LINE + 10;
        boolean together = current != null && current.equals(previous);
        return new MatrixGeometry(LEFT + n * CELL_W + RIGHT, height, List.copyOf(cells), List.copyOf(columnLabels),
                List.copyOf(rowLabels), colTitle, sideTitle, centre(current, m, together ? MARKER_OFFSET : 0),
                centre(previous, m, together ? -MARKER_OFFSET : 0), current != null && previous != null && !together);
    }

    private static int x(int column) {
        return LEFT + (column - 1) * CELL_W;
    }

    private static int y(int row, int rows) {
        return TOP + (rows - row) * CELL_H;
    }

    private static boolean at(Position p, int column, int row) {
        return p != null && p.column() == column && p.row() == row;
    }

    private static Point centre(Position p, int rows, int shift) {
        return p == null ? null : new Point(x(p.column()) + CELL_W / 2 + shift, y(p.row(), rows) + CELL_H / 2);
    }

    private static void check(Position p, int n, int m) {
        if (p != null && (p.column() < 1 || p.column() > n || p.row() < 1 || p.row() > m)) {
            throw new IllegalArgumentException("Position " + p + " is outside a " + n + " x " + m + " matrix");
        }
    }

    /** Words in lines of at most {@code max} characters (a longer word stands alone on its line). */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return List.copyOf(lines);
    }
}
