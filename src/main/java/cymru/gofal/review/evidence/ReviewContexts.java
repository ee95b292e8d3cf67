package cymru.gofal.review.evidence;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.review.Review;
import cymru.gofal.review.ReviewFramework;
import cymru.gofal.review.ReviewFrameworks;
import cymru.gofal.review.Reviews;
import cymru.gofal.review.internal.ReviewGuard;

/**
 * A review of the signed-in user's council with its framework, and the per-review write rule of evidence: the
 * review is not published, and the user may change its content by {@link ReviewGuard}'s rule (the same rule as
 * ratings and findings: an inspection's REVIEWER-role team members; a self-assessment's senior managers, QA
 * officers and team members).
 */
@Component
public class ReviewContexts {

    /** The review, its framework and who asks. */
    public record Ctx(Review review, ReviewFramework framework, GofalUser user) {
        Set<Long> areaIds() {
            return framework.areas().map(ReviewFramework.Area::id).collect(Collectors.toSet());
        }

        long authorityId() {
            return review.authorityId();
        }

        /** The framework's areas in display order (for pages). */
        public java.util.List<ReviewFramework.Area> areaList() {
            return framework.areas().toList();
        }

        /** A level of any of the framework's scales by id; null when none. */
        public ReviewFramework.Level level(Long levelId) {
            return levelId == null ? null : framework.scales().stream().flatMap(s -> s.levels().stream())
                    .filter(l -> l.id() == levelId).findFirst().orElse(null);
        }

        /** The area's rating row (rating and suggestion), or null. */
        public cymru.gofal.review.Review.Rating rating(long areaId) {
            return review.rating(areaId).orElse(null);
        }
    }

    /** Refused because the review is published: its evidence is read-only. */
    static class ReadOnlyReviewException extends RuntimeException {
        ReadOnlyReviewException(long id) {
            super("Review " + id + " is published: its evidence is read-only");
        }
    }

    private final Reviews reviews;
    private final ReviewFrameworks frameworks;

    ReviewContexts(Reviews reviews, ReviewFrameworks frameworks) {
        this.reviews = reviews;
        this.frameworks = frameworks;
    }

    /** The review for reading; 404 when it is not one of the user's council's. */
    Ctx read(long reviewId) {
        Review review = reviews.find(reviewId).orElseThrow(() -> new NotFoundException("No review " + reviewId));
        ReviewFramework framework = frameworks.find(review.framework()).orElseThrow();
        return new Ctx(review, framework, CurrentUser.get().orElseThrow());
    }

    /** The review for adding evidence: refused when published (ReadOnlyReviewException) or not the user's to change (403). */
    Ctx write(long reviewId) {
        Ctx ctx = read(reviewId);
        if (!ctx.review().editable()) {
            throw new ReadOnlyReviewException(reviewId);
        }
        if (!mayWrite(ctx)) {
            throw new AccessDeniedException("Not on the team of review " + reviewId);
        }
        return ctx;
    }

    /** The review for sampling cases: refused when published (ReadOnlyReviewException) or not the user's to sample (403). */
    Ctx sampling(long reviewId) {
        Ctx ctx = read(reviewId);
        if (!ctx.review().editable()) {
            throw new ReadOnlyReviewException(reviewId);
        }
        if (!maySample(ctx)) {
            throw new AccessDeniedException("Only the lead reviewer or a senior manager samples cases for review " + reviewId);
        }
        return ctx;
    }

    /** Whether the user may change the review's evidence: the review's content rule, {@link ReviewGuard}'s. */
    static boolean mayWrite(Ctx ctx) {
        return ReviewGuard.may(ReviewGuard.Change.CONTENT, ctx.review(), ctx.user());
    }

    /** Whether the user may sample cases for the review (its LEAD_REVIEWER or a senior manager of the council). */
    static boolean maySample(Ctx ctx) {
        return ReviewGuard.maySample(ctx.review(), ctx.user());
    }
}
