package cymru.gofal.review.actionplan;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.Versions;

/**
 * The action plan over JSON. A line's version is its ETag: PUT must send it in If-Match (428 without, 412 stale);
 * a progress update that moves the line's status must too. Bad input is a 400 problem naming each field (the
 * fields are the page form's names) and writes nothing. Access as the pages ({@link ActionPlanAccess}).
 */
@RestController
@RequestMapping(path = "/api/joint-reviews/{id}/action-plan", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Review action plans", description = "The council's action plan in answer to a published review")
class ActionPlanApi {

    /** A line to create or the whole line to save; field names as LineForm. */
    record LineBody(Long action, String description, String ownerUser, String ownerPost, LocalDate dueOn, String measure,
            String indicator, BigDecimal target, String status, String droppedReason) {
        LineForm form() {
            return new LineForm(action == null ? null : action.toString(), description, ownerUser, ownerPost,
                    dueOn == null ? null : dueOn.toString(), measure, indicator, target == null ? null : target.toPlainString(),
                    status, droppedReason);
        }
    }

    /** A progress update; status (optional) IN_PROGRESS or COMPLETE moves the line and then needs If-Match. */
    record ProgressBody(LocalDate progressOn, String text, String evidenceUrl, String evidenceDocument, String status) {
    }

    private final ActionPlans plans;
    private final ApiParams params;

    ActionPlanApi(ActionPlans plans, ApiParams params) {
        this.plans = plans;
        this.params = params;
    }

    @PreAuthorize(ActionPlanAccess.SUMMARY)
    @GetMapping
    @Operation(summary = "A review's action plan by priority and action (a councillor gets it without owners)")
    PlanJson plan(@PathVariable long id, Locale locale) {
        return PlanJson.of(plans.plan(id), locale);
    }

    @PreAuthorize(ActionPlanAccess.READ)
    @GetMapping("/lines/{line}")
    @Operation(summary = "A plan line with its progress, newest first; ETag = the line's version")
    ResponseEntity<PlanJson.LineWithProgress> line(@PathVariable long id, @PathVariable long line) {
        ActionPlans.LineView v = plans.line(id, line);
        return ResponseEntity.ok().eTag(Versions.etag(v.line().version())).body(new PlanJson.LineWithProgress(
                PlanJson.LineJson.of(v.line(), v.today()), v.progress().stream().map(PlanJson.ProgressJson::of).toList()));
    }

    @PreAuthorize(ActionPlanAccess.EDIT)
    @PostMapping(path = "/lines", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a line to an action of a published review")
    ResponseEntity<PlanJson.LineJson> create(@PathVariable long id, @RequestBody LineBody body, Locale locale) {
        List<FormError> errors = new ArrayList<>();
        var created = plans.create(id, body.form(), errors);
        params.refuse(errors, locale);
        PlanLine l = plans.saved(id, created.orElseThrow());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/joint-reviews/" + id + "/action-plan/lines/" + l.id()))
                .eTag(Versions.etag(l.version())).body(PlanJson.LineJson.of(l, plans.today()));
    }

    @PreAuthorize(ActionPlanAccess.EDIT)
    @PutMapping(path = "/lines/{line}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Save a whole line (If-Match required)")
    ResponseEntity<PlanJson.LineJson> update(@PathVariable long id, @PathVariable long line,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody LineBody body, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, plans.currentVersion(id, line));
        List<FormError> errors = new ArrayList<>();
        plans.update(id, line, version, body.form(), errors);
        params.refuse(errors, locale);
        PlanLine l = plans.saved(id, line);
        return ResponseEntity.ok().eTag(Versions.etag(l.version())).body(PlanJson.LineJson.of(l, plans.today()));
    }

    @PreAuthorize(ActionPlanAccess.PROGRESS)
    @PostMapping(path = "/lines/{line}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a progress update (the line's owner or a senior manager); If-Match when it moves the status")
    ResponseEntity<PlanJson.ProgressJson> progress(@PathVariable long id, @PathVariable long line,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch, @RequestBody ProgressBody body,
            Locale locale) {
        boolean moves = body.status() != null && !body.status().isBlank();
        Integer version = moves ? Integer.valueOf(Versions.requireCurrent(ifMatch, plans.currentVersion(id, line))) : null;
        List<FormError> errors = new ArrayList<>();
        var created = plans.record(id, line, version, new ProgressForm(body.progressOn() == null ? null : body.progressOn().toString(),
                body.text(), body.evidenceUrl(), body.evidenceDocument(), body.status()), errors);
        params.refuse(errors, locale);
        PlanLine l = plans.saved(id, line);
        ProgressUpdate p = plans.savedProgress(line, created.orElseThrow());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(l.version())).body(PlanJson.ProgressJson.of(p));
    }
}
