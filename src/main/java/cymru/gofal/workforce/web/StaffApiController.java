package cymru.gofal.workforce.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.Versions;
import cymru.gofal.workforce.internal.Inputs;
import cymru.gofal.workforce.internal.Problem;
import cymru.gofal.workforce.internal.ReferenceData;
import cymru.gofal.workforce.internal.StaffChanges;
import cymru.gofal.workforce.internal.StaffDetail;
import cymru.gofal.workforce.internal.StaffDirectory;
import cymru.gofal.workforce.internal.StaffDraft;
import cymru.gofal.workforce.internal.StaffMoves;
import cymru.gofal.workforce.internal.StaffRow;
import cymru.gofal.workforce.internal.StaffRules;
import cymru.gofal.workforce.internal.WorkforceRules;

/**
 * Staff records over JSON. Reads are audited; GET of one answers its version as ETag, and every change must
 * send it back in If-Match (428 without, 412 when someone else changed the record first; nothing is written).
 */
@RestController
@RequestMapping("/api/workforce/staff")
@Tag(name = "Workforce")
class StaffApiController {

    private final StaffDirectory directory;
    private final StaffChanges changes;
    private final StaffMoves moves;
    private final ReferenceData ref;
    private final ApiParams params;

    StaffApiController(StaffDirectory directory, StaffChanges changes, StaffMoves moves, ReferenceData ref, ApiParams params) {
        this.directory = directory;
        this.changes = changes;
        this.moves = moves;
        this.ref = ref;
        this.params = params;
    }

    @PreAuthorize(Access.NAMES)
    @GetMapping
    @Operation(summary = "The staff of a team (audited)")
    List<StaffRow> list(@RequestParam(required = false) String team, Locale locale) {
        ApiParams.Check check = params.check(locale);
        Integer teamId = check.integer("team", team, 1, Integer.MAX_VALUE);
        check.done();
        return directory.inTeam(Problems.authorityId(), teamId);
    }

    @PreAuthorize(Access.NAMES)
    @GetMapping("/{id}")
    @Operation(summary = "One member of staff with postings, version as ETag (audited)")
    ResponseEntity<StaffDetail> get(@PathVariable long id) {
        return withEtag(ResponseEntity.ok(), id);
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @PostMapping
    @Operation(summary = "Add a member of staff; 201 with Location")
    ResponseEntity<StaffDetail> create(@RequestBody StaffBody body, Locale locale) {
        StaffDraft draft = draft(body, true, locale);
        long id = apply(locale, () -> changes.create(Problems.authorityId(), draft));
        return withEtag(ResponseEntity.created(URI.create("/api/workforce/staff/" + id)), id);
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @PutMapping("/{id}")
    @Operation(summary = "Change a member of staff's details (If-Match required; the team changes by POST .../move)")
    ResponseEntity<StaffDetail> update(@PathVariable long id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @RequestBody StaffBody body, Locale locale) {
        StaffDetail current = require(id);
        int version = Versions.requireCurrent(ifMatch, current.version());
        StaffDraft draft = draft(body, false, locale);
        if (draft.teamId() != null && draft.teamId() != current.team().id()) {
            throw params.bad("teamId", "workforce.error.teamId.useMove", locale);
        }
        apply(locale, () -> {
            changes.update(Problems.authorityId(), id, version, draft);
            return id;
        });
        return withEtag(ResponseEntity.ok(), id);
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @PostMapping("/{id}/leaving")
    @Operation(summary = "Record that a member of staff left: leftOn (their last day) and leavingReason (If-Match required)")
    ResponseEntity<StaffDetail> leave(@PathVariable long id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @RequestBody LeavingBody body, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, require(id).version());
        ApiParams.Check check = params.check(locale);
        LocalDate leftOn = years(check, "leftOn", check.date("leftOn", body.leftOn()));
        if (body.leavingReason() == null || ref.leavingReason(body.leavingReason().strip()).isEmpty()) {
            check.add("leavingReason", "workforce.error.leavingReason.required");
        }
        check.done();
        apply(locale, () -> {
            moves.leave(Problems.authorityId(), id, version, leftOn, body.leavingReason().strip());
            return id;
        });
        return withEtag(ResponseEntity.ok(), id);
    }

    @PreAuthorize(Access.CHANGE_STAFF)
    @PostMapping("/{id}/move")
    @Operation(summary = "Move a member of staff to another team from a date (If-Match required)")
    ResponseEntity<StaffDetail> move(@PathVariable long id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
            String ifMatch, @RequestBody MoveBody body, Locale locale) {
        int version = Versions.requireCurrent(ifMatch, require(id).version());
        ApiParams.Check check = params.check(locale);
        LocalDate from = years(check, "moveOn", check.date("moveOn", body.moveOn()));
        Integer teamId = check.integer("teamId", body.teamId(), 1, Integer.MAX_VALUE);
        check.done();
        apply(locale, () -> {
            moves.move(Problems.authorityId(), id, version, teamId, from);
            return id;
        });
        return withEtag(ResponseEntity.ok(), id);
    }

    /** The body of a leaving: the last day worked and a leaving reason code. */
    record LeavingBody(String leftOn, String leavingReason) {
    }

    /** The body of a move: the new team and the first day in it. */
    record MoveBody(String teamId, String moveOn) {
    }

    private StaffDraft draft(StaffBody body, boolean create, Locale locale) {
        if (body == null) {
            throw params.bad("body", "problem.body.unreadable", locale);
        }
        ApiParams.Check check = params.check(locale);
        List<Problem> problems = new ArrayList<>();
        StaffDraft draft = StaffRules.check(body.input(check), create, directory.today(), ref, problems);
        Problems.forApi(check, problems);
        return draft;
    }

    private LocalDate years(ApiParams.Check check, String field, LocalDate date) {
        int last = directory.today().getYear() + 1;
        List<Problem> problems = new ArrayList<>();
        LocalDate d = Inputs.years(field, date, WorkforceRules.FIRST_YEAR, last, problems);
        problems.forEach(p -> check.add(p.field(), p.key(), p.args()));
        return d;
    }

    private long apply(Locale locale, java.util.function.LongSupplier change) {
        try {
            return change.getAsLong();
        } catch (Problem.Violation e) {
            Problems.forApi(params.check(locale), e.problems());
            throw e;
        }
    }

    private StaffDetail require(long id) {
        return directory.find(Problems.authorityId(), id).orElseThrow(() -> new NotFoundException("No staff " + id));
    }

    private ResponseEntity<StaffDetail> withEtag(ResponseEntity.BodyBuilder response, long id) {
        StaffDetail detail = require(id);
        return response.eTag(Versions.etag(detail.version())).body(detail);
    }
}
