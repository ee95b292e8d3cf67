package cymru.gofal.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.planning.ReviewHeld;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * Recording a review held: the day (not in the future, not before its clock started), who attended, the person-centred
 * fields (what is working, what is not, what matters now) and the outcome. In one transaction: the review is marked
 * held from the version the user read, the next review is scheduled unless the outcome ends the plan, and ReviewHeld
 * is published (planning's plans end the plan when the outcome says so).
 */
@Service
public class ReviewRecording {

    static final int TEXT_MAX = 8000;
    static final int ATTENDEES_MAX = 2000;

    private final ReviewStore store;
    private final ReviewScheduler scheduler;
    private final ReviewOutcomes outcomes;
    private final People people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewRecording(ReviewStore store, ReviewScheduler scheduler, ReviewOutcomes outcomes, People people, AuditLog audit,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.scheduler = scheduler;
        this.outcomes = outcomes;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What the user entered, as typed. */
    public record Input(String heldOn, String attendees, String whatIsWorking, String whatIsNotWorking, String whatMattersNow,
            String outcome) {
    }

    /** The review held, its outcome, and the next review (null when the outcome ended the plan). */
    public record Result(long reviewId, long planId, ReviewOutcomes.Outcome outcome, Long nextReviewId) {
    }

    /**
     * Records review {@code id} held, from {@code version}.
     *
     * @throws ReviewInvalid naming each problem; nothing is written
     * @throws StaleVersionException when someone else changed or recorded the review since the user read it
     */
    @PreAuthorize(ReviewAccess.WRITE)
    @Transactional
    public Result hold(long id, int version, Input in) {
        Review r = store.findVisible(id, people.visibility()).orElseThrow(() -> new NotFoundException("No review " + id));
        if (r.version() != version) {
            throw new StaleVersionException("Review " + id + " is at version " + r.version() + ", not " + version);
        }
        List<FormError> errors = new ArrayList<>();
        if (!r.scheduled()) {
            errors.add(new FormError("heldOn", "planning.review.error.notScheduled"));
            throw new ReviewInvalid(errors);
        }
        LocalDate heldOn = heldOn(r, in.heldOn(), errors);
        String attendees = FormText.required("attendees", in.attendees(), ATTENDEES_MAX, "planning.review.attendees.error", errors);
        String working = FormText.required("whatIsWorking", in.whatIsWorking(), TEXT_MAX, "planning.review.whatIsWorking.error", errors);
        String notWorking = FormText.required("whatIsNotWorking", in.whatIsNotWorking(), TEXT_MAX, "planning.review.whatIsNotWorking.error",
                errors);
        String matters = FormText.required("whatMattersNow", in.whatMattersNow(), TEXT_MAX, "planning.review.whatMattersNow.error", errors);
        ReviewOutcomes.Outcome outcome = null;
        if (in.outcome() == null || in.outcome().isBlank()) {
            errors.add(new FormError("outcome", "planning.review.outcome.error.required"));
        } else {
            outcome = outcomes.find(in.outcome().strip()).orElse(null);
            if (outcome == null) {
                errors.add(new FormError("outcome", "planning.review.outcome.error.unknown"));
            }
        }
        ReviewInvalid.throwIfAny(errors);
        store.hold(id, version, new ReviewStore.Held(heldOn, attendees, working, notWorking, matters, outcome.code()), CurrentUser.username());
        audit.record(AuditEntry.of(AuditAction.UPDATE, "plan_review", id).aboutPerson(r.personId()).because("held: " + outcome.code()));
        Long next = outcome.endsPlan() ? null : scheduler.next(r, heldOn);
        events.publishEvent(new ReviewHeld(r.authorityId(), id, r.planId(), r.personId(), heldOn, outcome.code(), outcome.endsPlan()));
        return new Result(id, r.planId(), outcome, next);
    }

    private LocalDate heldOn(Review r, String value, List<FormError> errors) {
        LocalDate on = FormDates.parse("heldOn", value, true, "planning.review.heldOn.error", EnglandAndWalesHolidays.FIRST_YEAR,
                EnglandAndWalesHolidays.LAST_YEAR, errors);
        if (on == null) {
            return null;
        }
        if (on.isAfter(Dates.today(clock))) {
            errors.add(new FormError("heldOn", "planning.review.heldOn.error.future"));
        } else if (on.isBefore(r.clockStart())) {
            errors.add(new FormError("heldOn", "planning.review.heldOn.error.beforeStart", FormDates.format(r.clockStart())));
        }
        return on;
    }
}
