package cymru.gofal.assessment.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.assessment.internal.Access;
import cymru.gofal.assessment.internal.AssessmentFile;
import cymru.gofal.assessment.internal.Commands;
import cymru.gofal.assessment.internal.Completion;
import cymru.gofal.assessment.internal.Eligibility;
import cymru.gofal.assessment.internal.Opening;
import cymru.gofal.assessment.internal.Reads;
import cymru.gofal.assessment.internal.Visible;
import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.Versions;

/**
 * Assessments and eligibility for other systems: start, read, add needs, complete. Need-to-know as on the pages
 * (404 for an assessment of a person the caller may not know of); bad input is a 400 naming each field, with nothing
 * changed; completion is optimistically locked (If-Match with the ETag: 428 without, 412 when stale).
 */
@RestController
@Tag(name = "Assessments", description = "Assessments with due dates from the rule engine, eligibility per need, completion")
@RequestMapping(path = "/api/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
class AssessmentApiController {

    private final Opening opening;
    private final Reads reads;
    private final Eligibility eligibility;
    private final Commands commands;
    private final Completion completion;
    private final Visible visible;
    private final ApiParams params;

    AssessmentApiController(Opening opening, Reads reads, Eligibility eligibility, Commands commands, Completion completion,
            Visible visible, ApiParams params) {
        this.opening = opening;
        this.reads = reads;
        this.eligibility = eligibility;
        this.commands = commands;
        this.completion = completion;
        this.visible = visible;
        this.params = params;
    }

    /** Request body of a new assessment. clockStart: ISO date, day 0 (the referral's day, or the day it starts). */
    record NewAssessment(Long personId, String type, Long teamId, String clockStart, Long followsId) {
    }

    @Operation(summary = "Start an assessment of a type the council's regime offers; the due date comes from the rule engine")
    @PreAuthorize(Access.WRITE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentJson> create(@RequestBody NewAssessment body, Locale locale) {
        var check = params.check(locale);
        if (body.personId() == null) {
            check.add("personId", "api.error.required", "personId");
        }
        check.done();
        long id = opening.start(body.personId(), body.type(), body.teamId() == null ? null : String.valueOf(body.teamId()),
                body.clockStart(), body.followsId());
        AssessmentFile file = reads.view(id);
        return ResponseEntity.created(URI.create("/api/assessments/" + id)).eTag(Versions.etag(file.assessment().version()))
                .body(AssessmentJson.of(file.assessment(), file.type(), file.workingDaysLeft(), locale));
    }

    @Operation(summary = "One assessment; version as ETag")
    @PreAuthorize(Access.READ)
    @GetMapping("/{id}")
    ResponseEntity<AssessmentJson> get(@PathVariable long id, Locale locale) {
        return json(id, locale);
    }

    @Operation(summary = "A person's assessments, newest first (404 for a person the caller may not know of)")
    @PreAuthorize(Access.READ)
    @GetMapping
    List<AssessmentJson> ofPerson(@Parameter(description = "person id") @RequestParam(required = false) String person, Locale locale) {
        var check = params.check(locale);
        Integer personId = check.integer("person", person, 1, Integer.MAX_VALUE);
        check.done();
        return reads.ofPerson(personId).assessments().stream()
                .map(l -> AssessmentJson.of(l.assessment(), l.type(), l.workingDaysLeft(), locale)).toList();
    }

    /** Request body of a need: codes of the reference lists; outcome (WALES_2016) or band (WALES_2007). */
    record NewNeed(String domain, String cause, String ability, String outcome, String band, String reasoning) {
    }

    @Operation(summary = "Record eligibility for one need (If-Match optional: checked when sent)")
    @PreAuthorize(Access.WRITE)
    @PostMapping(path = "/{id}/eligibility", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentJson.Need> addNeed(@PathVariable long id, @RequestBody NewNeed body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Integer version = ifMatch == null ? null : Versions.requireCurrent(ifMatch, visible.require(id).version());
        var need = eligibility.add(id, version, new Eligibility.NeedInput(body.domain(), body.cause(), body.ability(),
                body.outcome(), body.band(), body.reasoning()));
        return ResponseEntity.created(URI.create("/api/assessments/" + id + "/eligibility")).body(AssessmentJson.Need.of(need));
    }

    @Operation(summary = "The needs recorded on an assessment")
    @PreAuthorize(Access.READ)
    @GetMapping("/{id}/eligibility")
    List<AssessmentJson.Need> needs(@PathVariable long id) {
        return eligibility.needs(id).stream().map(AssessmentJson.Need::of).toList();
    }

    /** Request body of an allocation: the member of staff (of the assessment's team) and, to reallocate, the reason. */
    record AllocationBody(Long staffId, String reason) {
    }

    @Operation(summary = "Allocate an assessment to a member of its team who may see its person (If-Match required; managers)")
    @PreAuthorize(Access.MANAGE)
    @PostMapping(path = "/{id}/allocation", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AssessmentJson> allocate(@PathVariable long id, @RequestBody AllocationBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, visible.require(id).version());
        commands.allocate(id, version, body.staffId() == null ? null : String.valueOf(body.staffId()), body.reason());
        return json(id, locale);
    }

    /** Request body of a completion; the child-seen fields record that first (children's assessments). */
    record CompletionBody(String completedOn, String views, String summary, String signpostedTo, Boolean childSeen,
            String childSeenOn, Boolean childSeenAlone, String childNotSeenReason) {
    }

    @Operation(summary = "Complete an assessment (If-Match required); no eligible need records the person as turned aside")
    @PreAuthorize(Access.WRITE)
    @PostMapping(path = "/{id}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Transactional
    public ResponseEntity<AssessmentJson> complete(@PathVariable long id, @RequestBody CompletionBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, visible.require(id).version());
        if (body.childSeen() != null) {
            commands.childSeen(id, version, body.childSeen().toString(), body.childSeenOn(),
                    body.childSeenAlone() == null ? null : body.childSeenAlone().toString(), body.childNotSeenReason());
            version++;
        }
        completion.complete(id, version, body.completedOn(), body.views(), body.summary(), body.signpostedTo());
        return json(id, locale);
    }

    private ResponseEntity<AssessmentJson> json(long id, Locale locale) {
        AssessmentFile file = reads.view(id);
        return ResponseEntity.ok().eTag(Versions.etag(file.assessment().version()))
                .body(AssessmentJson.of(file.assessment(), file.type(), file.workingDaysLeft(), locale));
    }
}
