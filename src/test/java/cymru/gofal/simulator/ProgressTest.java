package cymru.gofal.simulator;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void saysTheShareDoneTheRateAndTheTimeLeftAndFinishesOnce() {
        List<String> lines = new ArrayList<>();
        Progress progress = new Progress("Simulator L", 1000, lines::add);
        progress.advance(1000);
        progress.advance(0);
        assertThat(lines).singleElement().asString()
                .startsWith("Simulator L: 100.0% (1,000 of 1,000 people), ")
                .contains(" people/s, about 0:00 left");
    }

    @Test
    void durationsReadAsMinutesOrHours() {
        assertThat(Progress.duration(75)).isEqualTo("1:15");
        assertThat(Progress.duration(3725)).isEqualTo("1:02:05");
    }
}
