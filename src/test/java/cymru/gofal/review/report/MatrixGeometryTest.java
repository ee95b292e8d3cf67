package cymru.gofal.review.report;

import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.gofal.review.report.MatrixGeometry.Cell;
import cymru.gofal.review.report.MatrixGeometry.Position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MatrixGeometryTest {

    static final List<String> SERVICES = List.of("Poor", "Inconsistent", "Mainly good", "Excellent");
    static final List<String> PROSPECTS = List.of("Badly placed", "Uncertainly placed", "Well placed", "Strongly placed");

    MatrixGeometry matrix(Position current, Position previous) {
        return MatrixGeometry.of(SERVICES, PROSPECTS, "How good are the services?", "How well placed is the Council?", current, previous);
    }

    @Test
    void theWorstCellIsAtTheBottomLeftAndTheBestAtTheTopRight() {
        MatrixGeometry g = matrix(null, null);
        assertThat(g.cells()).hasSize(16);
        Cell worst = cell(g, 1, 1);
        Cell best = cell(g, 4, 4);
        assertThat(g.cells()).allSatisfy(c -> {
            assertThat(c.x()).isBetween(worst.x(), best.x());
            assertThat(c.y()).isBetween(best.y(), worst.y());
        });
        assertThat(worst.x()).isLessThan(best.x());
        assertThat(worst.y()).isGreaterThan(best.y());
    }

    @Test
    void cellsTileTheGridWithoutOverlapAndFitTheDrawing() {
        MatrixGeometry g = matrix(null, null);
        for (Cell a : g.cells()) {
            assertThat(a.x() + a.w()).isLessThanOrEqualTo(g.width());
            assertThat(a.y() + a.h()).isLessThan(g.height());
            for (Cell b : g.cells()) {
                if (a != b) {
                    boolean apart = a.x() + a.w() <= b.x() || b.x() + b.w() <= a.x() || a.y() + a.h() <= b.y() || b.y() + b.h() <= a.y();
                    assertThat(apart).as(a + " and " + b).isTrue();
                }
            }
        }
    }

    @Test
    void theCouncilsPositionIsMarkedInTheCellOfItsTwoJudgements() {
        MatrixGeometry g = matrix(new Position(3, 3), null);
        Cell cell = cell(g, 3, 3);
        assertThat(cell.current()).isTrue();
        assertThat(g.cells()).filteredOn(Cell::current).containsExactly(cell);
        assertThat(g.current().x()).isBetween(cell.x(), cell.x() + cell.w());
        assertThat(g.current().y()).isBetween(cell.y(), cell.y() + cell.h());
        assertThat(g.previous()).isNull();
        assertThat(g.moved()).isFalse();
    }

    @Test
    void thePreviousPositionIsMarkedAndJoinedWhenItDiffers() {
        MatrixGeometry g = matrix(new Position(3, 3), new Position(2, 2));
        assertThat(cell(g, 2, 2).previous()).isTrue();
        assertThat(g.moved()).isTrue();
        assertThat(g.previous().x()).isLessThan(g.current().x());
        assertThat(g.previous().y()).isGreaterThan(g.current().y());
    }

    @Test
    void bothMarkersInOneCellStandSideBySideInsideIt() {
        MatrixGeometry g = matrix(new Position(2, 3), new Position(2, 3));
        Cell cell = cell(g, 2, 3);
        assertThat(cell.current()).isTrue();
        assertThat(cell.previous()).isTrue();
        assertThat(g.moved()).isFalse();
        assertThat(g.current().x()).isNotEqualTo(g.previous().x());
        assertThat(List.of(g.current().x() - 14, g.previous().x() - 14)).allSatisfy(x -> assertThat(x).isGreaterThan(cell.x()));
        assertThat(List.of(g.current().x() + 14, g.previous().x() + 14)).allSatisfy(x -> assertThat(x).isLessThan(cell.x() + cell.w()));
    }

    @Test
    void anyNumberOfLevelsMakesAnNByMGrid() {
        MatrixGeometry g = MatrixGeometry.of(List.of("Low", "Middle", "High"), List.of("Weak", "Strong"), "Quality", "Capacity",
                new Position(3, 1), null);
        assertThat(g.cells()).hasSize(6);
        assertThat(g.columnLabels()).hasSize(3);
        assertThat(g.rowLabels()).hasSize(2);
        assertThat(cell(g, 3, 1).current()).isTrue();
        assertThat(cell(g, 3, 1).y()).isGreaterThan(cell(g, 3, 2).y());
    }

    @Test
    void labelsSitUnderTheirColumnAndBesideTheirRowAndLongOnesWrap() {
        MatrixGeometry g = matrix(null, null);
        for (int c = 1; c <= 4; c++) {
            Cell cell = cell(g, c, 1);
            assertThat(g.columnLabels().get(c - 1).x()).isEqualTo(cell.x() + cell.w() / 2);
            assertThat(g.columnLabels().get(c - 1).y()).isGreaterThan(cell.y() + cell.h());
        }
        for (int r = 1; r <= 4; r++) {
            Cell cell = cell(g, 1, r);
            assertThat(g.rowLabels().get(r - 1).x()).isLessThan(cell.x());
            assertThat(g.rowLabels().get(r - 1).y()).isBetween(cell.y(), cell.y() + cell.h());
        }
        assertThat(MatrixGeometry.wrap("Mewn sefyllfa ansicr iawn", 12)).containsExactly("Mewn", "sefyllfa", "ansicr iawn");
        assertThat(g.rowTitle().rotate()).isEqualTo(-90);
    }

    @Test
    void aPositionOffTheScalesIsRefused() {
        assertThatThrownBy(() -> matrix(new Position(5, 1), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> matrix(null, new Position(1, 0))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Cell cell(MatrixGeometry g, int column, int row) {
        return g.cells().stream().filter(c -> c.column() == column && c.row() == row).findFirst().orElseThrow();
    }
}
