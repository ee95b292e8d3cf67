package cymru.gofal.planning.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.planning.internal.ReviewAccess;
import cymru.gofal.planning.internal.ReviewFile;
import cymru.gofal.planning.internal.ReviewInvalid;
import cymru.gofal.planning.internal.ReviewOutcomes;
import cymru.gofal.planning.internal.ReviewReads;
import cymru.gofal.planning.internal.ReviewRecording;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.Versions;

/**
 * Plan reviews for other systems: list by team and status, read one (version as ETag), record one held (If-Match
 * required: 428 without, 412 when stale). Need-to-know as on the pages: a review of a person the caller may not know
 * of is 404 and absent from lists; bad input is a 400 problem naming each field, with nothing changed.
 */
@RestController
@Tag(name = "Reviews", description = "Reviews of care and support plans, scheduled from the regime's rules")
@RequestMapping(path = "/api/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
class ReviewApiController {

    private static final Set<String> STATUSES = Set.of("SCHEDULED", "OVERDUE", "HELD", "CANCELLED");

    private final ReviewReads reads;
    private final ReviewRecording recording;
    private final ReviewOutcomes outcomes;
    private final ReviewTeams teams;
    private final TimescaleRules rules;
    private final ApiParams params;

    ReviewApiController(ReviewReads reads, ReviewRecording recording, ReviewOutcomes outcomes, ReviewTeams teams, TimescaleRules rules,
            ApiParams params) {
        this.reads = reads;
        this.recording = recording;
        this.outcomes = outcomes;
        this.teams = teams;
        this.rules = rules;
        this.params = params;
    }

    @Operation(summary = "Reviews of a team (default: the caller's own teams, or all for someone in none) in a status, earliest due "
            + "first (HELD: latest held first), at most 500")
    @PreAuthorize(ReviewAccess.READ)
    @GetMapping
    List<ReviewJson> list(@Parameter(description = "the id of one of the council's teams, or all") @RequestParam(required = false) String team,
            @Parameter(description = "SCHEDULED (default), OVERDUE, HELD or CANCELLED") @RequestParam(required = false) String status,
            Locale locale) {
        var check = params.check(locale);
        ReviewTeams.Choice choice = teams.choose(team);
        if (choice == null) {
            check.add("team", "planning.review.api.error.team");
        }
        String s = status == null || status.isBlank() ? "SCHEDULED" : status.strip();
        if (!STATUSES.contains(s)) {
            check.add("status", "planning.review.api.error.status", String.join(", ", List.of("SCHEDULED", "OVERDUE", "HELD", "CANCELLED")));
        }
        check.done();
        if (choice.ids().isEmpty()) {
            return List.of();
        }
        return reads.ofTeams(choice.ids(), s).stream().map(l -> ReviewJson.of(l.review(), l.person().displayName(),
                rules.rule(l.review().regime(), l.review().ruleCode()).orElse(null), l.workingDaysLeft(),
                l.review().outcome() == null ? null : outcomes.find(l.review().outcome()).orElse(null), null, locale)).toList();
    }

    @Operation(summary = "One review; version as ETag")
    @PreAuthorize(ReviewAccess.READ)
    @GetMapping("/{id}")
    ResponseEntity<ReviewJson> get(@PathVariable long id, Locale locale) {
        return json(id, locale);
    }

    /** Request body of a review held: heldOn an ISO date; outcome a code of review_outcome. */
    record HeldBody(String heldOn, String attendees, String whatIsWorking, String whatIsNotWorking, String whatMattersNow, String outcome) {
    }

    @Operation(summary = "Record the review held (If-Match required); schedules the next review unless the outcome ends the plan")
    @PreAuthorize(ReviewAccess.WRITE)
    @PostMapping(path = "/{id}/held", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReviewJson> held(@PathVariable long id, @RequestBody HeldBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, reads.require(id).version());
        try {
            recording.hold(id, version, new ReviewRecording.Input(body.heldOn(), body.attendees(), body.whatIsWorking(),
                    body.whatIsNotWorking(), body.whatMattersNow(), body.outcome()));
        } catch (ReviewInvalid e) {
            params.refuse(e.errors(), locale);
        }
        return json(id, locale);
    }

    private ResponseEntity<ReviewJson> json(long id, Locale locale) {
        ReviewFile f = reads.view(id);
        return ResponseEntity.ok().eTag(Versions.etag(f.review().version()))
                .body(ReviewJson.of(f.review(), f.person().displayName(), f.rule(), f.workingDaysLeft(), f.outcome(), f.nextReviewId(), locale));
    }
}
