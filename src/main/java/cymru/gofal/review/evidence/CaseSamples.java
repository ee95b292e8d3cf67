package cymru.gofal.review.evidence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;

/**
 * Case sampling: cases of the council chosen at random (by service area, open or closed) or by id, each assigned to
 * a reader, within a review not yet published. Each sample writes the need-to-know grant (person_review_grant) that
 * lets a REVIEWER see that case's person, and is audited about the person. Cases are read from casework's
 * reporting view casework_facts_cases.
 * <p>
 * So that nobody widens their own need-to-know: only the review's LEAD_REVIEWER or a senior manager of the council
 * samples (ReviewGuard.maySample); the reader is another REVIEWER-role user on the review's team, never the sampler;
 * a REVIEWER-role sampler samples at random only (a senior manager may choose cases by id). A grant expires at the
 * end of the 30th day after the review's on-site visit ends (onsite_to), and never later than 120 days after it was
 * written (120 days when the review has no onsite_to); a sample whose grant would already have expired is refused.
 * It also expires when the reader leaves the team (ReviewEdits) and 30 days after publication (V22's trigger).
 */
@Service
public class CaseSamples {

    public static final int MAX_AT_ONCE = 50;
    /** Grants last to the end of this many days after the on-site visit ... */
    static final int DAYS_AFTER_ONSITE = 30;
    /** ... and never longer than this many days after sampling. */
    static final int MAX_GRANT_DAYS = 120;

    /** A sampled case (ids and service area only: no personal data). */
    public record Sample(long id, long caseId, long personId, long reviewerUserId, String reviewerUsername, String how,
            String sampledBy, Instant sampledAt, String serviceArea, LocalDate openedOn, LocalDate closedOn) {
    }

    /** A user a case may be sampled for. */
    public record Reader(long id, String username, String displayName, String role) {
    }

    private static final String SELECT = """
            SELECT s.id, s.case_id, s.person_id, s.reviewer_user_id, s.reviewer_username, s.how, s.sampled_by, s.sampled_at,
                   c.service_area, c.opened_on, c.closed_on
              FROM review_case_sample s JOIN casework_facts_cases c ON c.id = s.case_id""";

    private final JdbcClient jdbc;
    private final ReviewContexts contexts;
    private final AuditLog audit;
    private final Clock clock;

    CaseSamples(JdbcClient jdbc, ReviewContexts contexts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.contexts = contexts;
        this.audit = audit;
        this.clock = clock;
    }

    /** When a grant written at {@code now} expires, by the rule above; null onsiteTo: {@link #MAX_GRANT_DAYS} days. */
    static Instant grantExpiry(Instant now, LocalDate onsiteTo) {
        Instant cap = now.plus(Duration.ofDays(MAX_GRANT_DAYS));
        if (onsiteTo == null) {
            return cap;
        }
        Instant afterVisit = onsiteTo.plusDays(DAYS_AFTER_ONSITE + 1L).atStartOfDay(Dates.LONDON).toInstant();
        return afterVisit.isBefore(cap) ? afterVisit : cap;
    }

    @PreAuthorize(EvidenceAccess.READ)
    @Transactional(readOnly = true)
    public List<Sample> list(long reviewId) {
        contexts.read(reviewId);
        return jdbc.sql(SELECT + " WHERE s.review_id = :r ORDER BY s.reviewer_username, s.id").param("r", reviewId).query(Sample.class).list();
    }

    Optional<Sample> find(long reviewId, long sampleId) {
        return jdbc.sql(SELECT + " WHERE s.review_id = :r AND s.id = :id").param("r", reviewId).param("id", sampleId).query(Sample.class).optional();
    }

    /** Who cases may be sampled for: the review's REVIEWER-role team members with an account, other than the signed-in user. */
    @PreAuthorize(EvidenceAccess.READ)
    @Transactional(readOnly = true)
    public List<Reader> readers(long reviewId) {
        var ctx = contexts.read(reviewId);
        List<Long> ids = ctx.review().members().stream().map(m -> m.userId()).filter(java.util.Objects::nonNull)
                .filter(id -> id != ctx.user().id()).toList();
        return jdbc.sql("""
                SELECT id, username, display_name, role FROM app_user
                 WHERE authority_id = :a AND enabled AND role = 'REVIEWER' AND id = ANY(CAST(:ids AS bigint[])) ORDER BY display_name, id""")
                .param("a", ctx.authorityId()).param("ids", array(ids)).query(Reader.class).list();
    }

    /**
     * Samples cases for reader {@code readerId}: {@code caseIds} when given, else {@code count} at random among the
     * council's cases of {@code serviceArea} (ADULTS, CHILDREN or ANY) in {@code state} (OPEN, CLOSED or ANY) not
     * yet sampled in this review. Answers how many were sampled, or the problems (nothing sampled). Not the user's
     * to sample: 403.
     */
    @PreAuthorize(EvidenceAccess.SAMPLE)
    @Transactional
    public Evidence.Added sample(long reviewId, long readerId, String serviceArea, String state, int count, List<Long> caseIds) {
        var ctx = contexts.sampling(reviewId);
        Instant now = clock.instant();
        Instant expires = grantExpiry(now, ctx.review().onsiteTo());
        List<FormError> errors = new ArrayList<>();
        Reader reader = readers(reviewId).stream().filter(r -> r.id() == readerId).findFirst().orElse(null);
        if (reader == null) {
            errors.add(new FormError("reader", EvidenceForm.KEY + "reader"));
        }
        boolean chosen = caseIds != null && !caseIds.isEmpty();
        if (chosen && ctx.user().role() != Role.SENIOR_MANAGER) {
            errors.add(new FormError("caseIds", EvidenceForm.KEY + "chosenBySeniorManager"));
        }
        if (!expires.isAfter(now)) {
            errors.add(new FormError("reader", EvidenceForm.KEY + "onsiteOver", DAYS_AFTER_ONSITE));
        }
        if (!chosen && (count < 1 || count > MAX_AT_ONCE)) {
            errors.add(new FormError("count", EvidenceForm.KEY + "count", MAX_AT_ONCE));
        }
        if (!Set.of("ADULTS", "CHILDREN", "ANY").contains(serviceArea) || !Set.of("OPEN", "CLOSED", "ANY").contains(state)) {
            errors.add(new FormError("serviceArea", EvidenceForm.KEY + "filter"));
        }
        if (chosen && (caseIds.size() > MAX_AT_ONCE || unknownCases(ctx.authorityId(), reviewId, caseIds))) {
            errors.add(new FormError("caseIds", EvidenceForm.KEY + "caseIds", MAX_AT_ONCE));
        }
        if (!errors.isEmpty()) {
            return Evidence.Added.refused(errors);
        }
        var spec = jdbc.sql("""
                INSERT INTO review_case_sample (review_id, authority_id, case_id, person_id, reviewer_user_id, reviewer_username, how, sampled_by)
                SELECT :r, :a, c.id, c.person_id, :u, :un, :how, :by FROM casework_facts_cases c
                 WHERE c.authority_id = :a AND NOT EXISTS (SELECT 1 FROM review_case_sample s WHERE s.review_id = :r AND s.case_id = c.id)
                   AND (""" + (chosen ? "c.id = ANY(CAST(:ids AS bigint[])))" : """
                        CAST(:area AS text) = 'ANY' OR c.service_area = :area)
                   AND (CAST(:state AS text) = 'ANY' OR (CAST(:state AS text) = 'OPEN') = (c.closed_on IS NULL))
                 ORDER BY random() LIMIT :n""") + " RETURNING id, case_id, person_id")
                .param("r", reviewId).param("a", ctx.authorityId()).param("u", reader.id()).param("un", reader.username())
                .param("how", chosen ? "CHOSEN" : "RANDOM").param("by", CurrentUser.username());
        spec = chosen ? spec.param("ids", array(caseIds)) : spec.param("area", serviceArea).param("state", state).param("n", count);
        List<long[]> made = spec.query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        for (long[] m : made) {
            jdbc.sql("""
                    INSERT INTO person_review_grant (authority_id, person_id, username, review_id, sample_id, reason, granted_by,
                                                     granted_at, expires_at)
                    VALUES (:a, :p, :un, :r, :s, :why, :by, :at, :exp)""").param("a", ctx.authorityId()).param("p", m[2]).param("un", reader.username())
                    .param("r", reviewId).param("s", m[0]).param("why", "case " + m[1] + " sampled in review " + reviewId)
                    .param("by", CurrentUser.username()).param("at", Timestamp.from(now)).param("exp", Timestamp.from(expires)).update();
            audit.record(AuditEntry.of(AuditAction.CREATE, "review_case_sample", m[0]).aboutPerson(m[2])
                    .because("case " + m[1] + " sampled for " + reader.username()));
        }
        return new Evidence.Added((long) made.size(), List.of());
    }

    private boolean unknownCases(long authorityId, long reviewId, List<Long> caseIds) {
        long fit = jdbc.sql("""
                SELECT count(*) FROM casework_facts_cases c WHERE c.authority_id = :a AND c.id = ANY(CAST(:ids AS bigint[]))
                   AND NOT EXISTS (SELECT 1 FROM review_case_sample s WHERE s.review_id = :r AND s.case_id = c.id)""")
                .param("a", authorityId).param("ids", array(caseIds)).param("r", reviewId).query(Long.class).single();
        return fit != caseIds.stream().distinct().count();
    }

    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
