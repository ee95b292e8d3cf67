package cymru.gofal.casework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import cymru.gofal.casework.internal.Tray;
import cymru.gofal.casework.internal.TrayView;
import cymru.gofal.platform.work.WorkCount;

import static org.assertj.core.api.Assertions.assertThat;

/** The tray's pages and the page links offered, GOV.UK style. */
class TrayTest {

    static Tray tray(long open, int page) {
        return new Tray(TrayView.TEAM, LocalDate.of(2027, 3, 1), null, List.of(1L), new WorkCount(open, 0), List.of(), page, 50);
    }

    @Test
    void pagesAreCountedFromTheOpenTotal() {
        assertThat(tray(0, 1).pages()).isEqualTo(1);
        assertThat(tray(50, 1).pages()).isEqualTo(1);
        assertThat(tray(51, 1).pages()).isEqualTo(2);
    }

    @Test
    void linksShowTheFirstTheLastAndTheNeighboursWithGapsBetween() {
        assertThat(tray(500, 5).pageLinks()).isEqualTo(Arrays.asList(1, null, 4, 5, 6, null, 10));
        assertThat(tray(500, 1).pageLinks()).isEqualTo(Arrays.asList(1, 2, null, 10));
        assertThat(tray(150, 2).pageLinks()).isEqualTo(List.of(1, 2, 3));
    }
}
