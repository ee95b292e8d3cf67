package cymru.gofal.review.actionplan;

import java.time.LocalDate;

/**
 * The periods the follow-up compares, on the Welsh financial year (1 April to 31 March; quarters from April).
 * Kept here because performance exposes only its facade.
 */
public final class FinancialPeriods {

    /** A run of days, both ends included. */
    public record Span(LocalDate from, LocalDate to) {
    }

    private FinancialPeriods() {
    }

    /** The quarter holding {@code day}. */
    public static Span quarterOf(LocalDate day) {
        int monthsFromApril = Math.floorMod(day.getMonthValue() - 4, 12);
        LocalDate start = day.withDayOfMonth(1).minusMonths(monthsFromApril % 3);
        return new Span(start, start.plusMonths(3).minusDays(1));
    }

    /** The last quarter complete on {@code day}: the quarter ending that day, else the one before. */
    public static Span lastCompleteQuarter(LocalDate day) {
        Span q = quarterOf(day);
        return q.to().equals(day) ? q : quarterOf(q.from().minusDays(1));
    }

    /** The financial year holding {@code day}, from its 1 April up to {@code day}. */
    public static Span yearToDate(LocalDate day) {
        int year = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return new Span(LocalDate.of(year, 4, 1), day);
    }
}
