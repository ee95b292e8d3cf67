package cymru.gofal.review.report;

import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.authority.Councils;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.review.Review;
import cymru.gofal.review.internal.FrameworkStore;
import cymru.gofal.review.internal.JointReviewReads;

/**
 * A review's summary report for the signed-in user's council, under {@link ReportAccess}'s rules. It reads the
 * review module's stores directly (this package is inside the module) rather than the {@code Reviews} facade,
 * because councillors read published reports but not reviews in the making. Reading the report is not audited
 * (no personal data); downloading it as a PDF is, as an EXPORT.
 */
@Service
public class ReviewReports {

    /** The audit record type of a report export; the record id is "{review id}.pdf". */
    static final String AUDIT_TYPE = "review_report";

    private final JointReviewReads reviews;
    private final FrameworkStore frameworks;
    private final Councils councils;
    private final AuditLog audit;

    ReviewReports(JointReviewReads reviews, FrameworkStore frameworks, Councils councils, AuditLog audit) {
        this.reviews = reviews;
        this.frameworks = frameworks;
        this.councils = councils;
        this.audit = audit;
    }

    /** The report in the language asked, or empty when the review is not the user's council's or not theirs to read. */
    @PreAuthorize(ReportAccess.READ)
    @Transactional(readOnly = true)
    public Optional<ReportView> find(long id, Locale locale) {
        GofalUser user = CurrentUser.get().orElseThrow();
        Optional<Review> review = reviews.find(user.authorityId(), id).filter(r -> readable(r, user));
        if (review.isEmpty()) {
            return Optional.empty();
        }
        Review r = review.get();
        Review previous = r.previousReviewId() == null ? null
                : reviews.find(user.authorityId(), r.previousReviewId()).filter(p -> readable(p, user)).orElse(null);
        return frameworks.find(r.framework()).map(f -> ReportBuilder.build(r, f, councils.name(r.authorityId(), locale), previous, locale));
    }

    /** Records that the user took the report away as a PDF. */
    @PreAuthorize(ReportAccess.READ)
    @Transactional
    public void exported(long id) {
        audit.record(AuditEntry.of(AuditAction.EXPORT, AUDIT_TYPE, id + ".pdf"));
    }

    private static boolean readable(Review review, GofalUser user) {
        return !review.editable() || cymru.gofal.review.ReviewAccess.DRAFT_READERS.contains(user.role());
    }
}
