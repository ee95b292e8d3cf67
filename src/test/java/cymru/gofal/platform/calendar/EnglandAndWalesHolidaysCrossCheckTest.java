package cymru.gofal.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Compares the computed holidays, year by year, with lists produced independently of this code: python3-holidays
 * (1995-2035), the GOV.UK feed (2012-2025) and python3-dateutil's Easter (1978-2199).
 */
class EnglandAndWalesHolidaysCrossCheckTest {

    private static final String DIR = "cymru/gofal/platform/calendar/";

    /**
     * Where python3-holidays 0.10.1 (2020) is wrong, decided from the Banking and Financial Dealings Act 1971, the
     * proclamations and the GOV.UK feed. That release predates the 2022-2023 proclamations and never moved the 2002
     * spring holiday. Every other date of 1995-2035 must agree.
     */
    private static final Map<LocalDate, String> PYTHON_LACKS = Map.of(
            LocalDate.of(2002, 6, 4), "spring bank holiday moved by s1(2) proclamation for the Golden Jubilee",
            LocalDate.of(2022, 6, 2), "spring bank holiday moved by s1(2) proclamation for the Platinum Jubilee",
            LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday (GOV.UK feed)",
            LocalDate.of(2022, 9, 19), "State Funeral of Queen Elizabeth II (GOV.UK feed)",
            LocalDate.of(2023, 5, 8), "coronation of King Charles III (GOV.UK feed)");
    private static final Map<LocalDate, String> PYTHON_WRONGLY_HAS = Map.of(
            LocalDate.of(2002, 5, 27), "last Monday in May 2002 was declared not a bank holiday (moved to 4 June)",
            LocalDate.of(2022, 5, 30), "last Monday in May 2022 was declared not a bank holiday (moved to 2 June)");

    private final EnglandAndWalesHolidays holidays = SpecialDaysFixture.holidays();

    @Test
    void agreesWithPythonHolidaysEveryYear1995To2035ExceptTheDocumentedProclamations() {
        Map<Integer, Set<LocalDate>> python = byYear(readDates("england-and-wales-bank-holidays-1995-2035.txt"));
        assertThat(python.keySet()).containsExactlyElementsOf(IntStream.rangeClosed(1995, 2035).boxed().toList());
        for (int year = 1995; year <= 2035; year++) {
            Set<LocalDate> expected = new TreeSet<>(python.get(year));
            expected.removeAll(PYTHON_WRONGLY_HAS.keySet());
            int current = year;
            PYTHON_LACKS.keySet().stream().filter(date -> date.getYear() == current).forEach(expected::add);
            assertThat(computed(year)).as("bank holidays of %d", year).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void theDocumentedDisagreementsWithPythonAreRealDisagreements() {
        Set<LocalDate> python = readDates("england-and-wales-bank-holidays-1995-2035.txt");
        assertThat(python).doesNotContainAnyElementsOf(PYTHON_LACKS.keySet());
        assertThat(python).containsAll(PYTHON_WRONGLY_HAS.keySet());
    }

    @Test
    void agreesExactlyWithTheGovUkFeed2012To2025() {
        Map<Integer, Set<LocalDate>> govUk = byYear(readDates("gov-uk-bank-holidays-2012-2025.txt"));
        assertThat(govUk.keySet()).containsExactlyElementsOf(IntStream.rangeClosed(2012, 2025).boxed().toList());
        govUk.forEach((year, dates) ->
                assertThat(computed(year)).as("bank holidays of %d", year).containsExactlyElementsOf(dates));
    }

    @Test
    void easterAgreesWithDateutilForEverySupportedYear() {
        Set<LocalDate> easters = readDates("easter-sunday-1978-2199.txt");
        assertThat(easters).hasSize(EnglandAndWalesHolidays.LAST_YEAR - EnglandAndWalesHolidays.FIRST_YEAR + 1);
        for (LocalDate easter : easters) {
            assertThat(HolidayRules.easterSunday(easter.getYear())).isEqualTo(easter);
            assertThat(holidays.isHoliday(easter.minusDays(2))).as("Good Friday %s", easter.getYear()).isTrue();
            assertThat(holidays.isHoliday(easter.plusDays(1))).as("Easter Monday %s", easter.getYear()).isTrue();
        }
    }

    private Set<LocalDate> computed(int year) {
        return holidays.holidaysIn(year).stream().map(Holiday::date).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<Integer, Set<LocalDate>> byYear(Set<LocalDate> dates) {
        return dates.stream().collect(Collectors.groupingBy(LocalDate::getYear, TreeMap::new,
                Collectors.toCollection(TreeSet::new)));
    }

    /** The ISO dates of a resource file, skipping # comment lines and blank lines. */
    static Set<LocalDate> readDates(String name) {
        try (InputStream in = EnglandAndWalesHolidaysCrossCheckTest.class.getClassLoader()
                .getResourceAsStream(DIR + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(LocalDate::parse)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
