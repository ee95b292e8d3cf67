package cymru.gofal.performance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.web.Dates;

/**
 * The scorecard: every indicator of a service area over the last eight quarters and the financial year to date,
 * with targets, status, trend and the latest commentary, computed in one pass per reporting view.
 */
@Service
public class Scorecard {

    /** Quarters shown for the trend. */
    public static final int QUARTERS = 8;

    private final Indicators indicators;
    private final Targets targets;
    private final Commentaries commentaries;
    private final Clock clock;

    Scorecard(Indicators indicators, Targets targets, Commentaries commentaries, Clock clock) {
        this.indicators = indicators;
        this.targets = targets;
        this.commentaries = commentaries;
        this.clock = clock;
    }

    /** A quarter's figures and its target. */
    public record QuarterValue(Period period, Tally tally, BigDecimal value, BigDecimal target, Status status, boolean partial) {
    }

    /**
     * One indicator's line. {@code quarters} oldest first; the last is the current (partial) quarter.
     * {@code yearJudgement} says how the year to date was judged against the year's target (see {@link Status#of(
     * Indicator, BigDecimal, BigDecimal, Period, LocalDate)}): a count pro rata, a percentage as set.
     */
    public record Line(Indicator indicator, List<QuarterValue> quarters, Period year, Tally yearToDate, BigDecimal yearValue,
            BigDecimal yearTarget, Status.Judgement yearJudgement, Trend trend, Commentaries.Commentary commentary) {

        public Status yearStatus() {
            return yearJudgement.status();
        }

        /** The last complete quarter (the one before the current). */
        public QuarterValue lastComplete() {
            return quarters.get(quarters.size() - 2);
        }

        public QuarterValue current() {
            return quarters.get(quarters.size() - 1);
        }
    }

    public record Card(LocalDate today, Period year, List<Period> quarters, List<Line> lines) {
    }

    /** The scorecard of the indicators whose service area is {@code area} (null: all), as of today. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Card card(String area) {
        return card(i -> area == null || i.serviceArea().equals(area));
    }

    /** The scorecard of the indicators with these codes only (a business plan's), counting nothing else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Card of(java.util.Collection<String> codes) {
        return card(i -> codes.contains(i.code()));
    }

    private Card card(java.util.function.Predicate<Indicator> which) {
        LocalDate today = Dates.today(clock);
        List<Indicator> chosen = indicators.catalogue().stream().filter(which).toList();
        List<Period> quarters = Period.quartersTo(today, QUARTERS);
        Period year = Period.yearOf(today);
        LocalDate from = quarters.get(0).start();
        Grid grid = indicators.grid(chosen, from, today);
        long authority = Indicators.authorityId();
        int firstYear = quarters.get(0).financialYear();
        Map<Targets.Key, Targets.Target> targetsSet = targets.of(authority, firstYear, year.financialYear());
        Map<Commentaries.Key, Commentaries.Commentary> notes = commentaries.of(authority, firstYear, year.financialYear());
        List<Line> lines = new ArrayList<>();
        for (Indicator i : chosen) {
            List<QuarterValue> values = new ArrayList<>();
            for (Period q : quarters) {
                Tally t = grid.council(i.code(), q.firstMonth(), q.lastMonth());
                BigDecimal v = t.value(i);
                BigDecimal target = value(targetsSet.get(new Targets.Key(i.code(), q.financialYear(), q.quarter())));
                values.add(new QuarterValue(q, t, v, target, Status.of(i, v, target, q, today).status(), q.partial(today)));
            }
            Tally ytd = grid.council(i.code(), year.firstMonth(), year.lastMonth());
            BigDecimal yv = ytd.value(i);
            BigDecimal yt = value(targetsSet.get(new Targets.Key(i.code(), year.financialYear(), 0)));
            QuarterValue last = values.get(values.size() - 2);
            QuarterValue before = values.get(values.size() - 3);
            Commentaries.Commentary note = notes.get(new Commentaries.Key(i.code(), last.period().financialYear(), last.period().quarter()));
            lines.add(new Line(i, values, year, ytd, yv, yt, Status.of(i, yv, yt, year, today), Trend.of(i, before.value(), last.value()), note));
        }
        return new Card(today, year, quarters, lines);
    }

    private static BigDecimal value(Targets.Target t) {
        return t == null ? null : t.value();
    }
}
