package cymru.gofal.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.review.internal.JointReviewReads;

/**
 * What other modules (evidence, action plans, reports) read of reviews: the signed-in user's council's reviews,
 * and one review whole (ratings, judgements, theme narratives, findings, priorities with actions). A review of
 * another council is absent, and so is an unpublished one to a user who may not read drafts ({@link ReviewAccess#READ}). Reviews hold no personal data, so reads are not audited; writes are.
 */
@Service
public class Reviews {

    /** A review in a list. */
    public record Summary(long id, String framework, String kind, String title, String status, LocalDate onsiteFrom,
            LocalDate onsiteTo, boolean datesToMonth, int version) {
    }

    private final JointReviewReads store;

    Reviews(JointReviewReads store) {
        this.store = store;
    }

    @PreAuthorize(ReviewAccess.READ)
    @Transactional(readOnly = true)
    public List<Summary> list() {
        var role = CurrentUser.get().orElseThrow().role();
        return store.list(council()).stream().filter(r -> ReviewAccess.mayRead(r.status(), role)).toList();
    }

    @PreAuthorize(ReviewAccess.READ)
    @Transactional(readOnly = true)
    public Optional<Review> find(long id) {
        var role = CurrentUser.get().orElseThrow().role();
        return store.find(council(), id).filter(r -> ReviewAccess.mayRead(r.status(), role));
    }

    private static long council() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
