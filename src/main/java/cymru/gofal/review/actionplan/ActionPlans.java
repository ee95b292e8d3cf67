package cymru.gofal.review.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.review.ReviewAccess;

/**
 * Action plans of the signed-in user's council's reviews (see {@link ActionPlanAccess} for who does what). A review
 * or line of another council is absent (404). Lines are written only for PUBLISHED or FOLLOW_UP reviews. Reads that
 * show owners (staff names) are audited once each; every write is audited; input with any problem writes nothing.
 */
@Service
class ActionPlans {

    /** A line with its review, action and progress history (newest first), and what the reader may do with it. */
    record LineView(PlanReview review, PlanLine line, cymru.gofal.review.Review.Priority priority,
            cymru.gofal.review.Review.Action action, List<ProgressUpdate> progress, LocalDate today, boolean canEdit,
            boolean canRecord) {
    }

    private final ActionPlanStore store;
    private final LineChecks checks;
    private final AuditLog audit;
    private final Clock clock;

    ActionPlans(ActionPlanStore store, LineChecks checks, AuditLog audit, Clock clock) {
        this.store = store;
        this.checks = checks;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ActionPlanAccess.SUMMARY)
    @Transactional
    public Plan plan(long reviewId) {
        PlanReview review = review(reviewId);
        boolean personal = user().role() != Role.COUNCILLOR;
        List<PlanLine> lines = store.lines(review.authorityId(), reviewId);
        if (!personal) {
            return new Plan(review, lines.stream().map(PlanLine::withoutOwner).toList(), Map.of(), today(), false);
        }
        audit.record(AuditEntry.of(AuditAction.READ, "REVIEW_ACTION_PLAN", reviewId));
        return new Plan(review, lines, store.latestProgress(reviewId), today(), true);
    }

    @PreAuthorize(ActionPlanAccess.READ)
    @Transactional
    public LineView line(long reviewId, long lineId) {
        PlanReview review = review(reviewId);
        PlanLine line = line(review, lineId);
        audit.record(AuditEntry.of(AuditAction.READ, "REVIEW_PLAN_LINE", lineId));
        GofalUser me = user();
        boolean open = review.published();
        return new LineView(review, line, review.priorityOf(line.actionId()).orElseThrow(), review.action(line.actionId()).orElseThrow(),
                store.progress(lineId), today(), open && me.role() == Role.SENIOR_MANAGER,
                open && line.status() != PlanStatus.DROPPED && mayRecord(me, line));
    }

    /** Answers the new line's id, or empty with the problems added to {@code errors}. */
    @PreAuthorize(ActionPlanAccess.EDIT)
    @Transactional
    public Optional<Long> create(long reviewId, LineForm form, List<FormError> errors) {
        PlanReview review = review(reviewId);
        if (!review.published()) {
            errors.add(new FormError("action", LineChecks.K + "notPublished"));
            return Optional.empty();
        }
        LineInput in = checks.check(review, null, form, errors);
        if (in == null) {
            return Optional.empty();
        }
        long id = store.insertLine(review.authorityId(), reviewId, in, completedOn(null, in.status()), CurrentUser.username(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.CREATE, "REVIEW_PLAN_LINE", id));
        return Optional.of(id);
    }

    /** Saves the line if it is still at {@code version}; false with problems in {@code errors}; stale: StaleVersionException. */
    @PreAuthorize(ActionPlanAccess.EDIT)
    @Transactional
    public boolean update(long reviewId, long lineId, int version, LineForm form, List<FormError> errors) {
        PlanReview review = review(reviewId);
        PlanLine line = line(review, lineId);
        if (!review.published()) {
            errors.add(new FormError("description", LineChecks.K + "notPublished"));
            return false;
        }
        LineInput in = checks.check(review, line, form, errors);
        if (in == null) {
            return false;
        }
        if (line.version() != version
                || !store.updateLine(lineId, version, in, completedOn(line, in.status()), CurrentUser.username(), clock.instant())) {
            throw new StaleVersionException("Plan line " + lineId + " is no longer at version " + version);
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW_PLAN_LINE", lineId));
        return true;
    }

    /**
     * Records a progress update by a senior manager or the line's owner (others: 403). {@code version} is needed only
     * when the update moves the line's status (then a stale one throws StaleVersionException and nothing is written).
     */
    @PreAuthorize(ActionPlanAccess.PROGRESS)
    @Transactional
    public Optional<Long> record(long reviewId, long lineId, Integer version, ProgressForm form, List<FormError> errors) {
        PlanReview review = review(reviewId);
        PlanLine line = line(review, lineId);
        GofalUser me = user();
        if (!mayRecord(me, line)) {
            throw new AccessDeniedException("Only the line's owner or a senior manager records its progress");
        }
        if (!review.published() || line.status() == PlanStatus.DROPPED) {
            errors.add(new FormError("text", LineChecks.K + (review.published() ? "progress.dropped" : "notPublished")));
            return Optional.empty();
        }
        ProgressInput in = ProgressChecks.check(review, line, form, today(), errors);
        if (in == null) {
            return Optional.empty();
        }
        if (in.statusTo() != null) {
            if (version == null || line.version() != version
                    || !store.moveStatus(lineId, version, in.statusTo(), completedOn(line, in.statusTo()), me.getUsername(), clock.instant())) {
                throw new StaleVersionException("Plan line " + lineId + " is no longer at version " + version);
            }
            audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW_PLAN_LINE", lineId).because("status moved by a progress update"));
        }
        long id = store.insertProgress(lineId, in, me.getUsername(), me.displayName(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.CREATE, "REVIEW_PLAN_PROGRESS", id));
        return Optional.of(id);
    }

    private static boolean mayRecord(GofalUser me, PlanLine line) {
        return me.role() == Role.SENIOR_MANAGER || line.ownedBy(me.id());
    }

    /** A line completed keeps its day; one completed now gets today; any other status has none. */
    private LocalDate completedOn(PlanLine before, PlanStatus status) {
        if (status != PlanStatus.COMPLETE) {
            return null;
        }
        return before != null && before.completedOn() != null ? before.completedOn() : today();
    }

    /** Whether the signed-in user may create and edit lines. */
    public boolean canEdit() {
        return user().role() == Role.SENIOR_MANAGER;
    }

    /** A line's version (no personal data: not audited), for the API's If-Match. */
    public int currentVersion(long reviewId, long lineId) {
        return line(review(reviewId), lineId).version();
    }

    /** A line just written by this request (its write is audited; this read is not audited again). */
    public PlanLine saved(long reviewId, long lineId) {
        return line(review(reviewId), lineId);
    }

    /** An update just recorded by this request (audited as CREATE). */
    public ProgressUpdate savedProgress(long lineId, long progressId) {
        return store.progress(lineId).stream().filter(p -> p.id() == progressId).findFirst().orElseThrow();
    }

    /**
     * The review, in the user's council (else 404); callers hold a plan access rule. An unpublished review's draft
     * priorities are the review team's: to anyone but a draft reader ({@link ReviewAccess#mayReadDraft}) it is absent (404).
     */
    public PlanReview review(long reviewId) {
        return store.review(user().authorityId(), reviewId).filter(r -> r.published() || ReviewAccess.mayReadDraft(user().role()))
                .orElseThrow(() -> new NotFoundException("No review " + reviewId));
    }

    private PlanLine line(PlanReview review, long lineId) {
        return store.line(review.authorityId(), review.id(), lineId).orElseThrow(() -> new NotFoundException("No plan line " + lineId));
    }

    public LocalDate today() {
        return Dates.today(clock);
    }

    private static GofalUser user() {
        return CurrentUser.get().orElseThrow();
    }
}
