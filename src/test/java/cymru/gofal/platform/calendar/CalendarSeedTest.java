package cymru.gofal.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The V2 migration's seed data, read exactly as Flyway will load it. */
class CalendarSeedTest {

    private static final List<TimescaleRule> RULES = SqlSeed.rows("timescale_rule").stream()
            .map(row -> new TimescaleRule(row.get(0), row.get(1), row.get(2), row.get(3), row.get(4),
                    Integer.parseInt(row.get(5)), TimescaleUnit.valueOf(row.get(6)), row.get(7), row.get(8),
                    Boolean.parseBoolean(row.get(9))))
            .toList();

    @Test
    void specialDaysAreTheProclamations1995To2023PlusThe1981RoyalWedding() {
        Map<LocalDate, SpecialDay.Kind> kinds = SpecialDaysFixture.seeded().stream()
                .collect(Collectors.toMap(SpecialDay::date, SpecialDay::kind));
        assertThat(kinds).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(LocalDate.of(1981, 7, 29), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(1995, 5, 1), SpecialDay.Kind.REMOVED),
                Map.entry(LocalDate.of(1995, 5, 8), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(1999, 12, 31), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(2002, 5, 27), SpecialDay.Kind.REMOVED),
                Map.entry(LocalDate.of(2002, 6, 3), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(2002, 6, 4), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(2011, 4, 29), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(2012, 5, 28), SpecialDay.Kind.REMOVED),
                Map.entry(LocalDate.of(2012, 6, 4), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(2012, 6, 5), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(2020, 5, 4), SpecialDay.Kind.REMOVED),
                Map.entry(LocalDate.of(2020, 5, 8), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(2022, 5, 30), SpecialDay.Kind.REMOVED),
                Map.entry(LocalDate.of(2022, 6, 2), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(2022, 6, 3), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(2022, 9, 19), SpecialDay.Kind.ADDED),
                Map.entry(LocalDate.of(2023, 5, 8), SpecialDay.Kind.ADDED)));
    }

    @Test
    void everySpecialDayNamesItsProclamation() {
        assertThat(SqlSeed.rows("calendar_special_day")).allSatisfy(row ->
                assertThat(row.get(4)).contains("proclamation").contains("Banking and Financial Dealings Act 1971"));
    }

    @Test
    void bothRegimesAreSeeded() {
        assertThat(SqlSeed.rows("timescale_regime")).extracting(row -> row.get(0))
                .containsExactly("WALES_2007", "WALES_2016");
    }

    @Test
    void rulesNamedInTheBriefHaveTheirLimits() {
        assertRule("WALES_2007", "REFERRAL_DECISION", "REFERRAL_RECEIVED", 1, TimescaleUnit.WORKING_DAYS);
        assertRule("WALES_2016", "REFERRAL_DECISION", "REFERRAL_RECEIVED", 1, TimescaleUnit.WORKING_DAYS);
        assertRule("WALES_2007", "INITIAL_ASSESSMENT", "REFERRAL_RECEIVED", 7, TimescaleUnit.WORKING_DAYS);
        assertRule("WALES_2007", "CORE_ASSESSMENT", "CORE_ASSESSMENT_STARTED", 35, TimescaleUnit.WORKING_DAYS);
        assertRule("WALES_2016", "CHILD_ASSESSMENT", "REFERRAL_RECEIVED", 42, TimescaleUnit.WORKING_DAYS);
        assertRule("WALES_2007", "ICPC", "STRATEGY_DISCUSSION", 15, TimescaleUnit.WORKING_DAYS);
        assertRule("WALES_2016", "ICPC", "STRATEGY_DISCUSSION", 15, TimescaleUnit.WORKING_DAYS);
        assertRule("WALES_2007", "FIRST_CORE_GROUP", "ICPC_HELD", 10, TimescaleUnit.WORKING_DAYS);
        assertRule("WALES_2016", "FIRST_CORE_GROUP", "ICPC_HELD", 10, TimescaleUnit.WORKING_DAYS);
        assertRule("WALES_2007", "LAC_REVIEW_FIRST", "BECAME_LOOKED_AFTER", 4, TimescaleUnit.WEEKS);
        assertRule("WALES_2007", "LAC_REVIEW_SECOND", "LAC_REVIEW_HELD", 3, TimescaleUnit.MONTHS);
        assertRule("WALES_2007", "LAC_REVIEW_SUBSEQUENT", "LAC_REVIEW_HELD", 6, TimescaleUnit.MONTHS);
        assertRule("WALES_2016", "LAC_REVIEW_FIRST", "BECAME_LOOKED_AFTER", 20, TimescaleUnit.WORKING_DAYS);
        assertRule("WALES_2007", "ADULT_REVIEW_FIRST", "SERVICES_STARTED", 3, TimescaleUnit.MONTHS);
        assertRule("WALES_2007", "ADULT_REVIEW_SUBSEQUENT", "ADULT_REVIEW_HELD", 12, TimescaleUnit.MONTHS);
        assertRule("WALES_2016", "ADULT_ENQUIRY", "ADULT_AT_RISK_REPORT_RECEIVED", 7, TimescaleUnit.WORKING_DAYS);
    }

    @Test
    void limitsGivenInHoursAreCalendarDaysAndSaySo() {
        List<TimescaleRule> hourly = RULES.stream().filter(rule -> rule.source().contains("hours")).toList();
        assertThat(hourly).extracting(TimescaleRule::code)
                .containsExactlyInAnyOrder("POVA_REFERRAL", "POVA_2010_STRATEGY_DISCUSSION");
        assertThat(hourly).allSatisfy(rule -> {
            assertThat(rule.unit()).isEqualTo(TimescaleUnit.CALENDAR_DAYS);
            assertThat(rule.source()).contains(rule.offset() * 24 + " hours");
        });
    }

    @Test
    void rulesFromMemoryAreUnverified() {
        assertThat(RULES).allSatisfy(rule -> assertThat(rule.verified())
                .as("%s %s: verified must be false exactly when its source is from memory or garbled",
                        rule.regime(), rule.code())
                .isEqualTo(!rule.source().toLowerCase().contains("to be confirmed") && !rule.source().contains("garbled")));
    }

    @Test
    void sharedCodesMeanTheSameStepInBothRegimes() {
        Map<String, TimescaleRule> wales2007 = byCode("WALES_2007");
        Map<String, TimescaleRule> wales2016 = byCode("WALES_2016");
        Set<String> shared = wales2007.keySet().stream().filter(wales2016::containsKey).collect(Collectors.toSet());
        assertThat(shared).contains("REFERRAL_DECISION", "ICPC", "FIRST_CORE_GROUP", "CP_REVIEW_FIRST",
                "LAC_REVIEW_FIRST", "ADULT_REVIEW_FIRST", "ADULT_REVIEW_SUBSEQUENT");
        assertThat(shared).allSatisfy(code ->
                assertThat(wales2016.get(code).stopEvent()).as(code).isEqualTo(wales2007.get(code).stopEvent()));
    }

    @Test
    void everyRuleHasDistinctWelshAndEnglishTitles() {
        assertThat(RULES).hasSizeGreaterThan(50).allSatisfy(rule ->
                assertThat(rule.titleCy()).as(rule.code()).isNotEqualTo(rule.titleEn()));
    }

    private static Map<String, TimescaleRule> byCode(String regime) {
        return RULES.stream().filter(rule -> rule.regime().equals(regime))
                .collect(Collectors.toMap(TimescaleRule::code, Function.identity()));
    }

    private static void assertRule(String regime, String code, String startEvent, int offset, TimescaleUnit unit) {
        TimescaleRule rule = byCode(regime).get(code);
        assertThat(rule).as("%s %s", regime, code).isNotNull();
        assertThat(rule.startEvent()).as("%s %s start", regime, code).isEqualTo(startEvent);
        assertThat(rule.offset()).as("%s %s offset", regime, code).isEqualTo(offset);
        assertThat(rule.unit()).as("%s %s unit", regime, code).isEqualTo(unit);
    }
}
