package cymru.gofal.planning.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.planning.internal.Agreement;
import cymru.gofal.planning.internal.PlanAccess;
import cymru.gofal.planning.internal.PlanCreation;
import cymru.gofal.planning.internal.PlanEdits;
import cymru.gofal.planning.internal.PlanReads;
import cymru.gofal.planning.internal.PlanSnapshot;
import cymru.gofal.planning.internal.PlanStore;
import cymru.gofal.planning.internal.ServiceLines;
import cymru.gofal.platform.web.Versions;

/**
 * Care and support plans for other systems: start, read, change the live content, agree versions, read any agreed
 * version. Need-to-know as on the pages (404 for a plan of a person the caller may not know of); bad input is a 400
 * naming each field, with nothing changed; every change needs If-Match with the plan's ETag (428 without, 412 when
 * someone else changed the plan since), so nothing is overwritten. Direct payments: {@link DirectPaymentApiController}.
 */
@RestController
@Tag(name = "Plans", description = "Care and support plans: outcomes, services with costs, unmet need, risks, agreed versions")
@RequestMapping(path = "/api/plans", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanApiController {

    private final PlanCreation creation;
    private final PlanReads reads;
    private final PlanStore store;
    private final PlanEdits edits;
    private final ServiceLines lines;
    private final Agreement agreement;

    PlanApiController(PlanCreation creation, PlanReads reads, PlanStore store, PlanEdits edits, ServiceLines lines, Agreement agreement) {
        this.creation = creation;
        this.reads = reads;
        this.store = store;
        this.edits = edits;
        this.lines = lines;
        this.agreement = agreement;
    }

    record NewPlan(Long caseId, Long assessmentId) {
    }

    @Operation(summary = "Start a plan for an open case from a completed assessment with eligible needs (a carer's assessment gives a carer's support plan)")
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanJson> create(@RequestBody NewPlan body) {
        long id = creation.create(text(body.caseId()), text(body.assessmentId()));
        PlanJson plan = PlanJson.of(reads.view(id));
        return ResponseEntity.created(URI.create("/api/plans/" + id)).eTag(Versions.etag(plan.version())).body(plan);
    }

    @Operation(summary = "One plan with its live content, weekly and annual cost today, versions and direct payments; version as ETag")
    @PreAuthorize(PlanAccess.READ)
    @GetMapping("/{id}")
    ResponseEntity<PlanJson> get(@PathVariable long id) {
        return json(id);
    }

    record NewOutcome(Long needId, String outcome) {
    }

    @Operation(summary = "Add a personal outcome meeting an eligible need of the plan's assessment (If-Match required)")
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping(path = "/{id}/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanJson> addOutcome(@PathVariable long id, @RequestBody NewOutcome body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        edits.addOutcome(id, current(id, ifMatch), text(body.needId()), body.outcome());
        return json(id);
    }

    @Operation(summary = "Remove an outcome no service or help refers to (If-Match required)")
    @PreAuthorize(PlanAccess.WRITE)
    @DeleteMapping("/{id}/outcomes/{outcomeId}")
    ResponseEntity<PlanJson> removeOutcome(@PathVariable long id, @PathVariable long outcomeId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        edits.removeOutcome(id, current(id, ifMatch), outcomeId);
        return json(id);
    }

    /**
     * A service line: offerId of a provider's offer running today (its unit and unit cost are copied); or no offerId and
     * an unmetReason when it cannot be provided (unmetSince defaults to today). Dates ISO.
     */
    record NewService(Long outcomeId, String serviceType, Long offerId, BigDecimal unitsPerWeek, String startOn, String endOn,
            String unmetReason, String unmetSince, String unmetNote) {
    }

    @Operation(summary = "Add a service meeting an outcome, planned from a provider's offer or recorded as unmet (If-Match required)")
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping(path = "/{id}/services", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanJson> addService(@PathVariable long id, @RequestBody NewService body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        lines.add(id, current(id, ifMatch), new ServiceLines.ServiceInput(text(body.outcomeId()), body.serviceType(),
                text(body.offerId()), body.unitsPerWeek() == null ? null : body.unitsPerWeek().toPlainString(), body.startOn(),
                body.endOn(), body.unmetReason(), body.unmetSince(), body.unmetNote()));
        return json(id);
    }

    record Met(Long offerId, String metOn) {
    }

    @Operation(summary = "An unmet service is now provided by an offer: PLANNED, its unmet need resolved MET (If-Match required)")
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping(path = "/{id}/services/{serviceId}/met", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanJson> met(@PathVariable long id, @PathVariable long serviceId, @RequestBody Met body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        lines.meet(id, current(id, ifMatch), serviceId, text(body.offerId()), body.metOn());
        return json(id);
    }

    @Operation(summary = "An unmet service is no longer needed: its unmet need is resolved and the line leaves the plan (If-Match required)")
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping("/{id}/services/{serviceId}/no-longer-needed")
    ResponseEntity<PlanJson> noLongerNeeded(@PathVariable long id, @PathVariable long serviceId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        lines.noLongerNeeded(id, current(id, ifMatch), serviceId);
        return json(id);
    }

    @Operation(summary = "Remove a planned service (If-Match required)")
    @PreAuthorize(PlanAccess.WRITE)
    @DeleteMapping("/{id}/services/{serviceId}")
    ResponseEntity<PlanJson> removeService(@PathVariable long id, @PathVariable long serviceId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        lines.remove(id, current(id, ifMatch), serviceId);
        return json(id);
    }

    record NewSupport(Long outcomeId, String source, String who, String what) {
    }

    @Operation(summary = "Record who else helps with an outcome (If-Match required)")
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping(path = "/{id}/support", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanJson> addSupport(@PathVariable long id, @RequestBody NewSupport body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        edits.addSupport(id, current(id, ifMatch), text(body.outcomeId()), body.source(), body.who(), body.what());
        return json(id);
    }

    record NewRisk(String risk, String level, String management) {
    }

    @Operation(summary = "Record a risk, its level and how it is managed (If-Match required)")
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping(path = "/{id}/risks", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanJson> addRisk(@PathVariable long id, @RequestBody NewRisk body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        edits.addRisk(id, current(id, ifMatch), body.risk(), body.level(), body.management());
        return json(id);
    }

    record ReviewDate(String reviewOn) {
    }

    @Operation(summary = "Set (or clear, with null) the review date the plan sets (If-Match required)")
    @PreAuthorize(PlanAccess.WRITE)
    @PutMapping(path = "/{id}/review-date", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanJson> reviewDate(@PathVariable long id, @RequestBody ReviewDate body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        edits.setReviewOn(id, current(id, ifMatch), body.reviewOn());
        return json(id);
    }

    record AgreementBody(Boolean byPerson, Boolean byCarer, Boolean byAdvocate, String advocateName, String agreedOn, String note) {
    }

    @Operation(summary = "Record agreement: the live content is kept as the next numbered version (If-Match required)")
    @PreAuthorize(PlanAccess.WRITE)
    @PostMapping(path = "/{id}/agreement", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PlanJson> agree(@PathVariable long id, @RequestBody AgreementBody body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        agreement.agree(id, current(id, ifMatch), new Agreement.AgreementInput(String.valueOf(body.byPerson()),
                String.valueOf(body.byCarer()), String.valueOf(body.byAdvocate()), body.advocateName(), body.agreedOn(), body.note()));
        return json(id);
    }

    @Operation(summary = "The agreed versions of a plan, first first")
    @PreAuthorize(PlanAccess.READ)
    @GetMapping("/{id}/versions")
    List<PlanJson.Version> versions(@PathVariable long id) {
        return PlanJson.of(reads.view(id)).versions();
    }

    record AgreedVersionJson(PlanJson.Version version, PlanSnapshot content) {
    }

    @Operation(summary = "One agreed version with its content exactly as agreed")
    @PreAuthorize(PlanAccess.READ)
    @GetMapping("/{id}/versions/{number}")
    AgreedVersionJson version(@PathVariable long id, @PathVariable int number) {
        var v = reads.version(id, number);
        return new AgreedVersionJson(PlanJson.Version.of(v.row()), v.content());
    }

    private int current(long id, String ifMatch) {
        return Versions.requireCurrent(ifMatch, store.require(id).version());
    }

    private ResponseEntity<PlanJson> json(long id) {
        PlanJson plan = PlanJson.of(reads.view(id));
        return ResponseEntity.ok().eTag(Versions.etag(plan.version())).body(plan);
    }

    private static String text(Long value) {
        return value == null ? null : String.valueOf(value);
    }
}
