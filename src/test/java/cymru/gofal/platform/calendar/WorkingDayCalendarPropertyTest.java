package cymru.gofal.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any start and count, checked over many seeded random cases (a failure names its
 * inputs and reproduces with the same seed). Half the cases use a council with a few hundred random closure days.
 */
class WorkingDayCalendarPropertyTest {

    private static final long SEED = 20240331L;
    private static final LocalDate FIRST = LocalDate.of(1978, 1, 1);
    private static final int SPAN_DAYS = (int) (LocalDate.of(2150, 1, 1).toEpochDay() - FIRST.toEpochDay());

    private final Random random = new Random(SEED);
    private final WorkingDayCalendar plain = SpecialDaysFixture.calendar();
    private final WorkingDayCalendar withClosures = new WorkingDayCalendar(SpecialDaysFixture.holidays(), closures());

    @Test
    void addingThenCountingGivesBackTheSameNumber() {
        for (int i = 0; i < 3000; i++) {
            WorkingDayCalendar calendar = i % 2 == 0 ? plain : withClosures;
            LocalDate from = randomDate();
            int n = i % 10 == 0 ? random.nextInt(10_001) : random.nextInt(400);
            LocalDate result = calendar.addWorkingDays(from, n);
            assertThat(calendar.workingDaysBetween(from, result)).as("from %s plus %d = %s", from, n, result)
                    .isEqualTo(n);
        }
    }

    @Test
    void theAnswerIsTheEarliestWorkingDayWithThatCount() {
        for (int i = 0; i < 3000; i++) {
            WorkingDayCalendar calendar = i % 2 == 0 ? plain : withClosures;
            LocalDate from = randomDate();
            int n = 1 + random.nextInt(300);
            LocalDate result = calendar.addWorkingDays(from, n);
            assertThat(calendar.isWorkingDay(result)).as("from %s plus %d = %s", from, n, result).isTrue();
            assertThat(calendar.workingDaysBetween(from, result.minusDays(1))).as("from %s plus %d", from, n)
                    .isEqualTo(n - 1);
        }
    }

    @Test
    void betweenIsAntisymmetricAndAdditive() {
        for (int i = 0; i < 3000; i++) {
            WorkingDayCalendar calendar = i % 2 == 0 ? plain : withClosures;
            LocalDate a = randomDate();
            LocalDate b = randomDate();
            LocalDate c = randomDate();
            int ab = calendar.workingDaysBetween(a, b);
            assertThat(calendar.workingDaysBetween(b, a)).as("%s and %s", a, b).isEqualTo(-ab);
            assertThat(calendar.workingDaysBetween(a, c)).as("%s, %s, %s", a, b, c)
                    .isEqualTo(ab + calendar.workingDaysBetween(b, c));
        }
    }

    @Test
    void countingAgreesWithWalkingDayByDay() {
        for (int i = 0; i < 400; i++) {
            WorkingDayCalendar calendar = i % 2 == 0 ? plain : withClosures;
            LocalDate a = randomDate();
            LocalDate b = a.plusDays(random.nextInt(1500));
            assertThat(calendar.workingDaysBetween(a, b)).as("%s to %s", a, b).isEqualTo(walk(calendar, a, b));
        }
    }

    @Test
    void nextWorkingDayOnOrAfterIsAWorkingDayWithNoneSkipped() {
        for (int i = 0; i < 2000; i++) {
            WorkingDayCalendar calendar = i % 2 == 0 ? plain : withClosures;
            LocalDate day = randomDate();
            LocalDate next = calendar.nextWorkingDayOnOrAfter(day);
            assertThat(calendar.isWorkingDay(next)).isTrue();
            assertThat(calendar.workingDaysBetween(day.minusDays(1), next)).as("from %s", day).isEqualTo(1);
        }
    }

    /** The reference count: one day at a time over (a, b]. */
    private static int walk(WorkingDayCalendar calendar, LocalDate a, LocalDate b) {
        int count = 0;
        for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate randomDate() {
        return FIRST.plusDays(1 + random.nextInt(SPAN_DAYS));
    }

    private Set<LocalDate> closures() {
        Set<LocalDate> days = new HashSet<>();
        while (days.size() < 400) {
            days.add(randomDate());
        }
        return days;
    }
}
