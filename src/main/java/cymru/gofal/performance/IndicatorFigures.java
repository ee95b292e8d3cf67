package cymru.gofal.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.performance.internal.Benchmarks;
import cymru.gofal.platform.authority.Councils;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.IndicatorCatalogue;
import cymru.gofal.performance.internal.Indicators;
import cymru.gofal.performance.internal.Period;
import cymru.gofal.performance.internal.Status;
import cymru.gofal.performance.internal.Tally;
import cymru.gofal.performance.internal.Targets;

/**
 * What other modules (the joint review's evidence and ratings) may read of performance: the catalogue and an
 * indicator's figure over a period for the signed-in user's council, with the target set for that period and the
 * council's place in its first comparison group. Aggregate figures only: no personal data, every role may read.
 */
@Service
public class IndicatorFigures {

    /** An indicator of the catalogue. {@code polarity} HIGHER_IS_BETTER or LOWER_IS_BETTER; {@code unit} PERCENT or COUNT. */
    public record IndicatorInfo(String code, String titleEn, String titleCy, String serviceArea, String polarity, String unit) {
        public String title(Locale locale) {
            return "cy".equals(locale.getLanguage()) ? titleCy : titleEn;
        }
    }

    /**
     * An indicator's figure over {@code from}..{@code to}. {@code value} is a percentage (one decimal) or a count;
     * null when there is nothing to count. {@code target}: the target set for that quarter or financial year, if
     * the period is exactly one. {@code status}: ON_TARGET, OFF_TARGET, NO_TARGET or NO_DATA. Benchmark fields are
     * null when the council has no comparison group with published values up to the period's financial year.
     */
    public record Figure(String code, LocalDate from, LocalDate to, long numerator, Long denominator, BigDecimal value,
            BigDecimal target, String status, String comparisonGroup, Integer benchmarkYear, BigDecimal benchmarkMedian,
            Integer rank, Integer of, Integer quartile) {
    }

    private final IndicatorCatalogue catalogue;
    private final Indicators indicators;
    private final Targets targets;
    private final Benchmarks benchmarks;
    private final Councils councils;

    IndicatorFigures(IndicatorCatalogue catalogue, Indicators indicators, Targets targets, Benchmarks benchmarks, Councils councils) {
        this.councils = councils;
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.targets = targets;
        this.benchmarks = benchmarks;
    }

    @PreAuthorize("isAuthenticated()")
    public List<IndicatorInfo> catalogue() {
        return catalogue.all().stream().map(IndicatorFigures::info).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<IndicatorInfo> find(String code) {
        return catalogue.find(code).map(IndicatorFigures::info);
    }

    /** The figure of indicator {@code code} over the days {@code from} to {@code to} (inclusive), for the user's council. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Figure> figure(String code, LocalDate from, LocalDate to) {
        Optional<Indicator> found = catalogue.find(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Indicator i = found.get();
        long authority = cymru.gofal.platform.security.CurrentUser.get().orElseThrow().authorityId();
        Tally t = indicators.tally(i, from, to, null);
        BigDecimal value = t.value(i);
        BigDecimal target = targetOf(authority, i, from, to);
        String group = null;
        Integer year = null;
        BigDecimal median = null;
        Integer rank = null;
        Integer of = null;
        Integer quartile = null;
        var groups = benchmarks.groups(authority);
        if (!groups.isEmpty()) {
            Benchmarks.Group g = groups.get(0);
            // The last financial year complete by the period's end: a running year's own figure would be a part-year.
            Period running = Period.yearOf(to);
            int lastComplete = running.end().equals(to) ? running.financialYear() : running.financialYear() - 1;
            Optional<Integer> latest = benchmarks.latestYear(authority, g, code, lastComplete);
            if (latest.isPresent()) {
                Period y = Period.yearOf(LocalDate.of(latest.get(), 4, 1));
                BigDecimal ours = indicators.tally(i, y.start(), y.end(), null).value(i);
                Benchmarks.Comparison c = benchmarks.compare(authority, i, g, latest.get(), councils.require(authority).nameEn(), ours);
                group = g.name();
                year = latest.get();
                median = c.median();
                rank = c.rank();
                of = c.of();
                quartile = c.quartile();
            }
        }
        return Optional.of(new Figure(code, from, to, t.numerator(), i.percent() ? t.denominator() : null, value, target,
                Status.of(i, value, target).name(), group, year, median, rank, of, quartile));
    }

    private BigDecimal targetOf(long authority, Indicator i, LocalDate from, LocalDate to) {
        Period year = Period.yearOf(from);
        Period quarter = Period.quarterOf(from);
        Targets.Key key = null;
        if (year.start().equals(from) && year.end().equals(to)) {
            key = new Targets.Key(i.code(), year.financialYear(), 0);
        } else if (quarter.start().equals(from) && quarter.end().equals(to)) {
            key = new Targets.Key(i.code(), quarter.financialYear(), quarter.quarter());
        }
        return key == null ? null : targets.find(authority, key).map(Targets.Target::value).orElse(null);
    }

    private static IndicatorInfo info(Indicator i) {
        return new IndicatorInfo(i.code(), i.titleEn(), i.titleCy(), i.serviceArea(), i.polarity(), i.unit());
    }

}
