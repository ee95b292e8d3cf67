package cymru.gofal.performance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.authority.Councils;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.workforce.Workforce;

/**
 * The quarterly business review pack of one complete quarter: a section per service (adults, children, carers) with,
 * per indicator, the quarter's value, target and status, the eight quarters up to it, where the council stands in
 * its first comparison group and the commentary written for the quarter. Figures are aggregate (no personal data),
 * computed in one pass per reporting view and never from records dated after the quarter's end.
 */
@Service
public class ReviewPack {

    public static final List<String> AREAS = List.of("ADULTS", "CHILDREN", "CARERS");

    private final Indicators indicators;
    private final Targets targets;
    private final Commentaries commentaries;
    private final Benchmarks benchmarks;
    private final Councils councils;
    private final Workforce workforce;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewPack(Indicators indicators, Targets targets, Commentaries commentaries, Benchmarks benchmarks, Councils councils,
            Workforce workforce, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.indicators = indicators;
        this.targets = targets;
        this.commentaries = commentaries;
        this.benchmarks = benchmarks;
        this.councils = councils;
        this.workforce = workforce;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The pack: the council's name in the reader's language, the quarter, the trend's quarters (oldest first) and
     * {@code benchmarkUpTo}, the last financial year complete by the quarter's end: benchmarks use published years up
     * to it, each compared with the council's own figure for that whole year.
     */
    public record Pack(String council, Period quarter, List<Period> quarters, Benchmarks.Group group, Period benchmarkUpTo,
            List<Section> sections) {
    }

    public record Section(String area, List<Item> items) {

        /** The items with a commentary for the quarter. */
        public List<Item> commented() {
            return items.stream().filter(i -> i.commentary() != null).toList();
        }

        /** The codes of the indicators with no commentary for the quarter. */
        public List<String> uncommented() {
            return items.stream().filter(i -> i.commentary() == null).map(i -> i.indicator().code()).toList();
        }
    }

    /**
     * One indicator: {@code trend} holds the eight quarters, oldest first, the last being the pack's quarter;
     * {@code benchmark} is null without a comparison group or without published values; {@code writer} is the
     * commentary writer's name.
     */
    public record Item(Indicator indicator, List<Scorecard.QuarterValue> trend, Trend direction, Benchmarks.Comparison benchmark,
            Commentaries.Commentary commentary, String writer) {

        public Scorecard.QuarterValue value() {
            return trend.get(trend.size() - 1);
        }

        /** The council's own value in the benchmark's year (null without a benchmark or a figure). */
        public BigDecimal benchmarkOurs() {
            return benchmark == null ? null
                    : benchmark.entries().stream().filter(Benchmarks.Entry::ours).map(Benchmarks.Entry::value).findFirst().orElse(null);
        }
    }

    /** The last quarter that has ended by today: the pack's default. */
    public Period lastComplete() {
        return Period.quartersTo(Dates.today(clock), 2).get(0);
    }

    /**
     * The pack of {@code quarter}, a quarter that has ended. Read-write: naming the commentaries' writers reads
     * staff records, and each such read is audited.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Pack of(Period quarter, Locale locale) {
        long authority = Indicators.authorityId();
        List<Period> quarters = Period.quartersTo(quarter.start(), Scorecard.QUARTERS);
        List<Indicator> chosen = indicators.catalogue().stream().filter(i -> AREAS.contains(i.serviceArea())).toList();
        List<Benchmarks.Group> groups = benchmarks.groups(authority);
        Benchmarks.Group group = groups.isEmpty() ? null : groups.get(0);
        Period upTo = lastCompleteYear(quarter);
        Map<String, Integer> years = group == null ? Map.of() : benchmarkYears(authority, group, upTo.financialYear());
        LocalDate from = years.values().stream().map(y -> LocalDate.of(y, 4, 1)).reduce(quarters.get(0).start(),
                (a, b) -> a.isBefore(b) ? a : b);
        Grid grid = indicators.grid(chosen, from, quarter.end());
        Map<Targets.Key, Targets.Target> set = targets.of(authority, quarters.get(0).financialYear(), quarter.financialYear());
        Map<Commentaries.Key, Commentaries.Commentary> notes = commentaries.of(authority, quarter.financialYear(), quarter.financialYear());
        Map<String, String> names = workforce.namesByUsername(authority,
                notes.values().stream().map(Commentaries.Commentary::writtenBy).filter(Objects::nonNull).distinct().toList());
        String ourName = councils.require(authority).nameEn();
        Map<String, List<Item>> byArea = new HashMap<>();
        for (Indicator i : chosen) {
            List<Scorecard.QuarterValue> trend = new ArrayList<>();
            for (Period q : quarters) {
                Tally t = grid.council(i.code(), q.firstMonth(), q.lastMonth());
                BigDecimal v = t.value(i);
                Targets.Target target = set.get(new Targets.Key(i.code(), q.financialYear(), q.quarter()));
                BigDecimal tv = target == null ? null : target.value();
                trend.add(new Scorecard.QuarterValue(q, t, v, tv, Status.of(i, v, tv), false));
            }
            Benchmarks.Comparison comparison = null;
            Integer year = years.get(i.code());
            if (year != null) {
                Period fy = Period.yearOf(LocalDate.of(year, 4, 1));
                BigDecimal ours = grid.council(i.code(), fy.firstMonth(), fy.lastMonth()).value(i);
                comparison = benchmarks.compare(authority, i, group, year, ourName, ours);
            }
            Commentaries.Commentary note = notes.get(new Commentaries.Key(i.code(), quarter.financialYear(), quarter.quarter()));
            Trend direction = Trend.of(i, trend.get(trend.size() - 2).value(), trend.get(trend.size() - 1).value());
            byArea.computeIfAbsent(i.serviceArea(), a -> new ArrayList<>())
                    .add(new Item(i, trend, direction, comparison, note, note == null ? null : names.get(note.writtenBy())));
        }
        List<Section> sections = AREAS.stream().map(a -> new Section(a, byArea.getOrDefault(a, List.of()))).toList();
        return new Pack(councils.name(authority, locale), quarter, quarters, group, upTo, sections);
    }

    /**
     * The last financial year that has ended by the quarter's end: the quarter's own year when it is the fourth
     * quarter, else the year before. Other councils publish whole-year values, so the council's figure of a year
     * still running at the quarter's end (a part-year) is never compared with them.
     */
    public static Period lastCompleteYear(Period quarter) {
        Period year = Period.yearOf(quarter.start());
        return year.end().equals(quarter.end()) ? year : Period.yearOf(year.start().minusDays(1));
    }

    /** Records that the signed-in user downloaded the pack of {@code quarter} as {@code format} ("pdf", "xlsx"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void exported(Period quarter, String format) {
        audit.record(AuditEntry.of(AuditAction.EXPORT, "performance_pack", code(quarter) + "." + format));
    }

    /** "2026-Q2": the financial year's first calendar year and the quarter's number in it. */
    public static String code(Period quarter) {
        return quarter.financialYear() + "-Q" + quarter.quarter();
    }

    /** The quarter that "2026-Q2" names (July to September 2026), or null when the text is not of that form. */
    public static Period parse(String code) {
        if (code == null || !code.matches("\\d{4}-Q[1-4]")) {
            return null;
        }
        LocalDate start = LocalDate.of(Integer.parseInt(code.substring(0, 4)), 4, 1).plusMonths(3L * (code.charAt(6) - '1'));
        return Period.quarterOf(start);
    }

    /** Per indicator, the latest financial year, up to {@code upTo} (a complete year), with a value from a member of the group. */
    private Map<String, Integer> benchmarkYears(long authority, Benchmarks.Group group, int upTo) {
        Map<String, Integer> out = new HashMap<>();
        if (group.members().isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT indicator_code, max(financial_year) FROM benchmark_value
                 WHERE authority_id = :a AND council_name IN (:m) AND financial_year <= :y GROUP BY indicator_code""")
                .param("a", authority).param("m", group.members()).param("y", upTo)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getInt(2));
                });
        return out;
    }
}
