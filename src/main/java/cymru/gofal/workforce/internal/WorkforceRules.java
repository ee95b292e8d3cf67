package cymru.gofal.workforce.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;

/**
 * The workforce's arithmetic: full-time equivalents, vacancies, years of experience and the financial year.
 * Plain functions, so that pages, API and reports agree.
 */
public final class WorkforceRules {

    /** Hours a week of one full-time post. */
    public static final BigDecimal FULL_TIME_HOURS = new BigDecimal("37");
    /** The Working Time Regulations' average weekly limit: no contract above it. */
    public static final BigDecimal MAX_HOURS = new BigDecimal("48");
    public static final int MAX_CAPACITY = 200;
    /** The earliest year a date of a member of staff's career may have. */
    public static final int FIRST_YEAR = 1950;

    private WorkforceRules() {
    }

    /** Full-time equivalent of a total of weekly hours (37 hours = 1.00), to two decimal places. */
    public static BigDecimal fte(BigDecimal hoursPerWeek) {
        return hoursPerWeek.divide(FULL_TIME_HOURS, 2, RoundingMode.HALF_UP);
    }

    /**
     * Funded posts not filled: established FTE minus FTE in post. Negative when a team holds more staff than it
     * is funded for (for example while a leaver works their notice beside their replacement).
     */
    public static BigDecimal vacancies(BigDecimal establishedFte, BigDecimal fteInPost) {
        return establishedFte.subtract(fteInPost).setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Whole years since qualifying, counted to {@code asOf} (today, or the day they left); null when the date of
     * qualifying is not recorded; 0 when it lies after {@code asOf}.
     */
    public static Integer yearsOfExperience(LocalDate qualifiedOn, LocalDate asOf) {
        if (qualifiedOn == null) {
            return null;
        }
        return qualifiedOn.isAfter(asOf) ? 0 : Period.between(qualifiedOn, asOf).getYears();
    }

    /** The financial year (1 April to 31 March) that holds {@code day}. */
    public static DateRange financialYear(LocalDate day) {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return new DateRange(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    /** Dates from and to, both inclusive. */
    public record DateRange(LocalDate from, LocalDate to) {
    }
}
