package cymru.gofal.performance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting period: a month, a quarter of the financial year or a financial year (1 April to 31 March), from
 * its first day to its last (inclusive). Quarter 1 is April to June.
 */
public record Period(Kind kind, LocalDate start, LocalDate end) {

    public enum Kind { MONTH, QUARTER, YEAR }

    public static Period month(YearMonth m) {
        return new Period(Kind.MONTH, m.atDay(1), m.atEndOfMonth());
    }

    /** The quarter of the financial year that {@code day} falls in. */
    public static Period quarterOf(LocalDate day) {
        int offset = (day.getMonthValue() - 4 + 12) % 12;
        YearMonth first = YearMonth.from(day).minusMonths(offset % 3);
        return new Period(Kind.QUARTER, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /** The financial year (April to March) that {@code day} falls in. */
    public static Period yearOf(LocalDate day) {
        int startYear = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return new Period(Kind.YEAR, LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    /** The {@code n} quarters up to and including the one {@code day} falls in, oldest first. */
    public static List<Period> quartersTo(LocalDate day, int n) {
        List<Period> out = new ArrayList<>();
        Period q = quarterOf(day);
        for (int i = 0; i < n; i++) {
            out.add(0, q);
            q = quarterOf(q.start().minusDays(1));
        }
        return out;
    }

    /** The financial year's first calendar year (2026 for 2026-27). */
    public int financialYear() {
        return yearOf(start).start().getYear();
    }

    /** The quarter's number in its financial year, 1 to 4. */
    public int quarter() {
        return (start.getMonthValue() - 4 + 12) % 12 / 3 + 1;
    }

    public YearMonth firstMonth() {
        return YearMonth.from(start);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(end);
    }

    /** Whether the period has not ended by {@code today}: its value may still change. */
    public boolean partial(LocalDate today) {
        return !today.isAfter(end);
    }
}
