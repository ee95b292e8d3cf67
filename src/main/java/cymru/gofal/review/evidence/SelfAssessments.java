package cymru.gofal.review.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.review.ReviewFramework;
import cymru.gofal.review.ReviewFrameworks;

/**
 * A council's self-assessment from its live data, in one step: a SELF_ASSESSMENT review on the CSSIW / WAO joint
 * review framework (Wales, 2007) over the last complete financial year (the period targets are set for), its
 * previous review the council's latest earlier one; every indicator that evidences any area frozen as evidence of
 * those areas; then the suggested ratings ({@link Suggestions}). Then "what moved" ({@link WhatMoved}) compares it
 * with the previous review. All in one transaction: it is there whole or not at all.
 */
@Service
public class SelfAssessments {

    private final JdbcClient jdbc;
    private final ReviewFrameworks frameworks;
    private final ReviewContexts contexts;
    private final EvidenceFreezer freezer;
    private final Suggestions suggestions;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    SelfAssessments(JdbcClient jdbc, ReviewFrameworks frameworks, ReviewContexts contexts, EvidenceFreezer freezer,
            Suggestions suggestions, MessageSource messages, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.contexts = contexts;
        this.freezer = freezer;
        this.suggestions = suggestions;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Starts a self-assessment of the signed-in senior manager's own council; answers the new review's id. */
    @PreAuthorize(EvidenceAccess.SELF_ASSESS)
    @Transactional
    public long startFromLiveData(long authorityId, String by) {
        return start(authorityId, by, null);
    }

    /**
     * As {@link #startFromLiveData}, once per {@code loadKey} (the simulator's demo self-assessment): empty when a
     * review with that key exists already.
     */
    @PreAuthorize(EvidenceAccess.SELF_ASSESS)
    @Transactional
    public Optional<Long> startOnce(long authorityId, String by, String loadKey) {
        boolean exists = jdbc.sql("SELECT count(*) FROM review WHERE load_key = :k").param("k", loadKey).query(Long.class).single() > 0;
        return exists ? Optional.empty() : Optional.of(start(authorityId, by, loadKey));
    }

    /** The last financial year (1 April to 31 March) complete before {@code today}. */
    static LocalDate[] lastCompleteFinancialYear(LocalDate today) {
        int startYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        LocalDate thisYearStart = LocalDate.of(startYear, 4, 1);
        return new LocalDate[] {thisYearStart.minusYears(1), thisYearStart.minusDays(1)};
    }

    private long start(long authorityId, String by, String loadKey) {
        if (CurrentUser.get().orElseThrow().authorityId() != authorityId) {
            throw new AccessDeniedException("A council assesses only itself");
        }
        ReviewFramework framework = frameworks.find(ReviewFrameworks.JOINT_REVIEW_2007).orElseThrow();
        LocalDate[] period = lastCompleteFinancialYear(Dates.today(clock));
        Long previous = jdbc.sql("""
                SELECT id FROM review WHERE authority_id = :a
                   AND coalesce(period_to, onsite_to, findings_presented_on, created_at::date) <= :to
                 ORDER BY coalesce(period_to, onsite_to, findings_presented_on, created_at::date) DESC, id DESC LIMIT 1""")
                .param("a", authorityId).param("to", period[1]).query(Long.class).optional().orElse(null);
        String title = messages.getMessage("review.evidence.self.title",
                new Object[] {cymru.gofal.platform.web.FormDates.format(period[0]), cymru.gofal.platform.web.FormDates.format(period[1])}, Locale.UK);
        long id = jdbc.sql("""
                INSERT INTO review (authority_id, framework, kind, title, period_from, period_to, previous_review_id, load_key, source, created_by)
                VALUES (:a, :f, 'SELF_ASSESSMENT', :t, :from, :to, :prev, :key, 'live data', :by) RETURNING id""")
                .param("a", authorityId).param("f", framework.code()).param("t", title).param("from", period[0]).param("to", period[1])
                .param("prev", previous).param("key", loadKey).param("by", by).query(Long.class).single();
        audit.record(AuditEntry.of(AuditAction.CREATE, "review", id).because("self-assessment from live data"));
        var ctx = contexts.write(id);
        Set<String> codes = new LinkedHashSet<>();
        framework.areas().forEach(a -> codes.addAll(a.indicatorCodes()));
        for (String code : codes) {
            List<Long> areas = EvidenceFreezer.linkedAreas(framework, code).stream().map(Long::valueOf).toList();
            freezer.freeze(ctx, code, period[0], period[1], areas);
        }
        suggestions.suggestAll(id);
        return id;
    }
}
