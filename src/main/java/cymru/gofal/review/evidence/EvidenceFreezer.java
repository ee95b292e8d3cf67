package cymru.gofal.review.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.casework.Cases;
import cymru.gofal.performance.IndicatorFigures;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.review.ReviewFramework;

/**
 * Evidence taken from live records: an indicator's figure frozen now (performance's IndicatorFigures, the only
 * thing this module reads of performance), and a case file read (a reading of a case sampled in the review; a
 * REVIEWER reads only the cases sampled for them). A case file written is audited as a CREATE about its person.
 */
@Service
public class EvidenceFreezer {

    private final ReviewContexts contexts;
    private final EvidenceStore store;
    private final IndicatorFigures figures;
    private final CaseSamples samples;
    private final Cases cases;
    private final ReadingLists lists;
    private final AuditLog audit;
    private final Clock clock;

    EvidenceFreezer(ReviewContexts contexts, EvidenceStore store, IndicatorFigures figures, CaseSamples samples, Cases cases,
            ReadingLists lists, AuditLog audit, Clock clock) {
        this.contexts = contexts;
        this.store = store;
        this.figures = figures;
        this.samples = samples;
        this.cases = cases;
        this.lists = lists;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Freezes indicator {@code indicatorCode} over {@code periodFrom}..{@code periodTo} (fields as the form names them)
     * for the areas chosen; with no area chosen, for the framework's areas that the indicator evidences.
     */
    @PreAuthorize(EvidenceAccess.WRITE)
    @Transactional
    public Evidence.Added freezeIndicator(long reviewId, Map<String, String> fields, List<String> areas) {
        var ctx = contexts.write(reviewId);
        EvidenceForm form = new EvidenceForm(fields, Dates.today(clock));
        Set<String> codes = figures.catalogue().stream().map(IndicatorFigures.IndicatorInfo::code).collect(Collectors.toSet());
        var input = form.indicator(codes);
        List<String> chosen = (areas == null || areas.isEmpty()) && input != null ? linkedAreas(ctx.framework(), input.code()) : areas;
        List<Long> areaIds = form.areas(chosen, ctx.areaIds());
        if (!form.errors.isEmpty()) {
            return Evidence.Added.refused(form.errors);
        }
        return new Evidence.Added(freeze(ctx, input.code(), input.from(), input.to(), areaIds), List.of());
    }

    /** Freezes one figure for the given areas (the self-assessment freezes every linked indicator this way). */
    long freeze(ReviewContexts.Ctx ctx, String code, LocalDate from, LocalDate to, List<Long> areaIds) {
        IndicatorFigures.Figure f = figures.figure(code, from, to).orElseThrow();
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("indicator_code", code);
        c.put("period_from", from);
        c.put("period_to", to);
        c.put("numerator", f.numerator());
        c.put("denominator", f.denominator());
        c.put("value", f.value());
        c.put("target", f.target());
        c.put("status", f.status());
        c.put("comparison_group", f.comparisonGroup());
        c.put("benchmark_year", f.benchmarkYear());
        c.put("benchmark_median", f.benchmarkMedian());
        c.put("benchmark_rank", f.rank());
        c.put("benchmark_of", f.of());
        c.put("benchmark_quartile", f.quartile());
        c.put("frozen_at", java.sql.Timestamp.from(clock.instant()));
        return store.insert(ctx.review().id(), ctx.authorityId(), "INDICATOR", c, areaIds, CurrentUser.username());
    }

    static List<String> linkedAreas(ReviewFramework framework, String code) {
        return framework.areas().filter(a -> a.indicatorCodes().contains(code)).map(a -> String.valueOf(a.id())).toList();
    }

    /** A reading of a case sampled in this review (fields: sampleId, readOn, grade, answer.CODE, notes). */
    @PreAuthorize(EvidenceAccess.WRITE)
    @Transactional
    public Evidence.Added addCaseFile(long reviewId, Map<String, String> fields, List<String> areas) {
        var ctx = contexts.write(reviewId);
        EvidenceForm form = new EvidenceForm(fields, Dates.today(clock));
        var grades = lists.grades().stream().map(ReadingLists.Grade::code).collect(Collectors.toSet());
        var input = form.caseFile(grades, lists.questions().stream().map(ReadingLists.Question::code).toList());
        List<Long> areaIds = form.areas(areas, ctx.areaIds());
        CaseSamples.Sample sample = input == null ? null : samples.find(reviewId, input.sampleId()).orElse(null);
        boolean mine = sample != null && (ctx.user().role() != Role.REVIEWER || sample.reviewerUserId() == ctx.user().id());
        if (input != null && (!mine || cases.find(sample.caseId()).isEmpty())) {
            form.errors.add(new FormError("sampleId", EvidenceForm.KEY + "sample"));
        }
        if (!form.errors.isEmpty()) {
            return Evidence.Added.refused(form.errors);
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("sample_id", sample.id());
        c.put("case_id", sample.caseId());
        c.put("person_id", sample.personId());
        c.put("read_by", CurrentUser.username());
        c.put("held_on", input.readOn());
        c.put("grade", input.grade());
        c.put("notes", input.notes());
        long id = store.insert(reviewId, ctx.authorityId(), "CASE_FILE", c, areaIds, CurrentUser.username());
        store.answers(reviewId, id, input.answers());
        audit.record(AuditEntry.of(AuditAction.CREATE, "review_evidence", id).aboutPerson(sample.personId()));
        return new Evidence.Added(id, List.of());
    }
}
