package cymru.gofal.review.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.Versions;
import cymru.gofal.review.Review;
import cymru.gofal.review.ReviewAccess;
import cymru.gofal.review.ReviewFramework;
import cymru.gofal.review.ReviewFrameworks;
import cymru.gofal.review.Reviews;
import cymru.gofal.review.internal.ContentEdits;
import cymru.gofal.review.internal.ReviewEdits;
import cymru.gofal.review.internal.ReviewRuleException;
import cymru.gofal.review.internal.ReviewStatus;

/**
 * Frameworks and reviews as JSON. Writes name the review version they read in If-Match (428 without, 412 when
 * stale); bad input is an RFC 9457 problem naming each field; a change to a published review is 409.
 */
@RestController
class JointReviewApiController {

    /** A new review. Dates ISO (YYYY-MM-DD), optional. */
    record NewReview(String framework, String kind, String title, String onsiteFrom, String onsiteTo) {
    }

    /** A rating: the area's code, a level code of its question's scale, the rationale (EN, CY optional). */
    record Rating(String area, String level, String rationale, String rationaleCy) {
    }

    record StatusMove(String status) {
    }

    private final ReviewFrameworks frameworks;
    private final Reviews reviews;
    private final ReviewEdits edits;
    private final ContentEdits content;
    private final ApiParams params;
    private final MessageSource messages;

    JointReviewApiController(ReviewFrameworks frameworks, Reviews reviews, ReviewEdits edits, ContentEdits content, ApiParams params,
            MessageSource messages) {
        this.frameworks = frameworks;
        this.reviews = reviews;
        this.edits = edits;
        this.content = content;
        this.params = params;
        this.messages = messages;
    }

    @PreAuthorize(ReviewAccess.READ)
    @GetMapping("/api/review-frameworks")
    List<ReviewFramework> frameworks() {
        return frameworks.all();
    }

    @PreAuthorize(ReviewAccess.READ)
    @GetMapping("/api/review-frameworks/{code}")
    ReviewFramework framework(@PathVariable String code) {
        return frameworks.find(code).orElseThrow(() -> new NotFoundException("No framework " + code));
    }

    @PreAuthorize(ReviewAccess.READ)
    @GetMapping("/api/joint-reviews")
    List<Reviews.Summary> reviews() {
        return reviews.list();
    }

    @PreAuthorize(ReviewAccess.READ)
    @GetMapping("/api/joint-reviews/{id}")
    ResponseEntity<Review> review(@PathVariable long id) {
        Review r = reviews.find(id).orElseThrow(() -> new NotFoundException("No review " + id));
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(r);
    }

    @PreAuthorize(ReviewAccess.CREATE)
    @PostMapping("/api/joint-reviews")
    ResponseEntity<Review> create(@RequestBody NewReview body, Locale locale) {
        List<FormError> errors = new ArrayList<>();
        String title = FormText.required("title", body.title(), 200, "review.title", errors);
        ApiParams.Check check = params.check(locale);
        var from = check.optionalDate("onsiteFrom", body.onsiteFrom());
        var to = check.optionalDate("onsiteTo", body.onsiteTo());
        if (!Review.INSPECTION.equals(body.kind()) && !Review.SELF_ASSESSMENT.equals(body.kind())) {
            errors.add(new FormError("kind", "review.error.kind"));
        }
        errors.forEach(e -> check.add(e.field(), e.messageKey(), e.args()));
        check.done();
        long id = edits.create(new ReviewEdits.NewReview(body.framework(), body.kind(), title, null, null, from, to, null));
        Review r = reviews.find(id).orElseThrow();
        return ResponseEntity.created(URI.create("/api/joint-reviews/" + id)).eTag(Versions.etag(r.version())).body(r);
    }

    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/api/joint-reviews/{id}/ratings")
    ResponseEntity<Review> rate(@PathVariable long id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody Rating body, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, current(id).version());
        List<FormError> errors = new ArrayList<>();
        String en = FormText.required("rationale", body.rationale(), 20_000, "review.rationale", errors);
        String cy = FormText.optional("rationaleCy", body.rationaleCy(), 20_000, "review.rationale", errors);
        params.refuse(errors, locale);
        content.rate(id, version, body.area(), body.level(), en, cy);
        Review r = current(id);
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(r);
    }

    @PreAuthorize(ReviewAccess.EDIT)
    @PostMapping("/api/joint-reviews/{id}/status")
    ResponseEntity<Review> status(@PathVariable long id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody StatusMove body, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, current(id).version());
        ReviewStatus target = ReviewStatus.parse(body.status()).orElseThrow(() -> params.bad("status", "review.error.statusStep", locale));
        edits.moveStatus(id, version, target);
        Review r = current(id);
        return ResponseEntity.ok().eTag(Versions.etag(r.version())).body(r);
    }

    /** A broken review rule: 400 naming the field, or 409 when the review's state (published) refuses any change. */
    @ExceptionHandler(ReviewRuleException.class)
    ResponseEntity<ProblemDetail> refused(ReviewRuleException e, jakarta.servlet.http.HttpServletRequest request, Locale locale) {
        HttpStatus status = e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        String message = messages.getMessage(e.messageKey(), null, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(messages.getMessage(e.conflict() ? "review.error.conflictTitle" : "problem.invalid.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        if (!e.conflict()) {
            problem.setProperty("errors", List.of(new cymru.gofal.platform.web.ApiExceptionHandler.FieldProblem(e.field(), message)));
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private Review current(long id) {
        return reviews.find(id).orElseThrow(() -> new NotFoundException("No review " + id));
    }
}
