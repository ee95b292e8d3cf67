package cymru.gofal.review;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.review.internal.FrameworkStore;

/**
 * What other modules (evidence, action plans, reports) read of review frameworks: each framework whole, with its
 * scales and levels, questions, themes and areas. Reference data, no personal data: read by every role with review
 * access. Editing (ADMIN, unlocked frameworks only) is done by the module's own pages.
 */
@Service
public class ReviewFrameworks {

    /** The seeded CSSIW / WAO joint review framework (Wales, 2007). */
    public static final String JOINT_REVIEW_2007 = "JR_WALES_2007";

    private final FrameworkStore store;

    ReviewFrameworks(FrameworkStore store) {
        this.store = store;
    }

    @PreAuthorize(ReviewAccess.READ)
    @Transactional(readOnly = true)
    public List<ReviewFramework> all() {
        return store.codes().stream().map(store::find).flatMap(Optional::stream).toList();
    }

    @PreAuthorize(ReviewAccess.READ)
    @Transactional(readOnly = true)
    public Optional<ReviewFramework> find(String code) {
        return code == null ? Optional.empty() : store.find(code);
    }
}
