package cymru.gofal.review.actionplan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.performance.IndicatorFigures;
import cymru.gofal.review.Review;

/**
 * The follow-up of a review's action plan: per priority, its lines by status with their newest update and counts,
 * and what each indicator its lines link to did since the review. An indicator's figure "at the review" is that of
 * the last quarter complete on the review's day (findings presented, else publication); it is compared with the
 * last quarter complete today and the financial year to date, read by the indicator's polarity ({@link Direction}).
 * It reads the plan through {@link ActionPlans#plan}, so an unpublished review is absent (404) to all but draft readers.
 */
@Service
class FollowUps {

    /** What one linked indicator did; target: the newest-due linking line's target, if any. */
    record Trend(IndicatorFigures.IndicatorInfo info, IndicatorFigures.Figure atReview, IndicatorFigures.Figure lastQuarter,
            IndicatorFigures.Figure yearToDate, BigDecimal target, Direction sinceReview, Direction yearSinceReview,
            Boolean lastQuarterMeetsTarget) {
    }

    record PriorityFollowUp(Review.Priority priority, Plan.Counts counts, List<PlanLine> lines, List<Trend> trends) {
    }

    record FollowUp(Plan plan, FinancialPeriods.Span atReview, FinancialPeriods.Span lastQuarter, FinancialPeriods.Span yearToDate,
            List<PriorityFollowUp> priorities) {
    }

    private final ActionPlans plans;
    private final IndicatorFigures figures;

    FollowUps(ActionPlans plans, IndicatorFigures figures) {
        this.plans = plans;
        this.figures = figures;
    }

    @PreAuthorize(ActionPlanAccess.SUMMARY)
    @Transactional
    public FollowUp followUp(long reviewId) {
        Plan plan = plans.plan(reviewId);
        FinancialPeriods.Span atReview = plan.review().reviewDay() == null ? null
                : FinancialPeriods.lastCompleteQuarter(plan.review().reviewDay());
        FinancialPeriods.Span lastQuarter = FinancialPeriods.lastCompleteQuarter(plan.today());
        FinancialPeriods.Span ytd = FinancialPeriods.yearToDate(plan.today());
        List<PriorityFollowUp> priorities = new ArrayList<>();
        for (Review.Priority p : plan.review().priorities()) {
            List<PlanLine> lines = plan.linesOfPriority(p.id()).stream()
                    .sorted(Comparator.comparing(PlanLine::status).thenComparing(PlanLine::dueOn)).toList();
            priorities.add(new PriorityFollowUp(p, plan.counts(p.id()), lines, trends(lines, atReview, lastQuarter, ytd)));
        }
        return new FollowUp(plan, atReview, lastQuarter, ytd, priorities);
    }

    private List<Trend> trends(List<PlanLine> lines, FinancialPeriods.Span atReview, FinancialPeriods.Span lastQuarter,
            FinancialPeriods.Span ytd) {
        Map<String, BigDecimal> targets = new LinkedHashMap<>();
        lines.stream().filter(l -> l.indicatorCode() != null).sorted(Comparator.comparing(PlanLine::dueOn))
                .forEach(l -> targets.merge(l.indicatorCode(), l.targetValue() == null ? BigDecimal.valueOf(-1) : l.targetValue(),
                        (old, now) -> now.signum() < 0 ? old : now));
        List<Trend> trends = new ArrayList<>();
        targets.forEach((code, t) -> figures.find(code).ifPresent(info -> {
            BigDecimal target = t.signum() < 0 ? null : t;
            var before = atReview == null ? null : figures.figure(code, atReview.from(), atReview.to()).orElse(null);
            var quarter = figures.figure(code, lastQuarter.from(), lastQuarter.to()).orElse(null);
            var year = figures.figure(code, ytd.from(), ytd.to()).orElse(null);
            trends.add(new Trend(info, before, quarter, year, target, Direction.of(info.polarity(), value(before), value(quarter)),
                    Direction.of(info.polarity(), value(before), value(year)), Direction.meets(info.polarity(), value(quarter), target)));
        }));
        return trends;
    }

    private static BigDecimal value(IndicatorFigures.Figure f) {
        return f == null ? null : f.value();
    }
}
