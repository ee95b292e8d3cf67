package cymru.gofal.casework.web;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.casework.internal.CaseAccess;
import cymru.gofal.casework.internal.CaseAllocations;
import cymru.gofal.casework.internal.CaseChanges;
import cymru.gofal.casework.internal.CaseFiles;
import cymru.gofal.casework.internal.CaseNotes;
import cymru.gofal.casework.internal.CaseOpening;
import cymru.gofal.casework.internal.VisibleCases;
import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.Versions;

/**
 * Cases for other systems: open, read (version as ETag), set complexity and needs, the ranked candidates for allocation,
 * allocate, transfer, close, and case notes with corrections. Need-to-know as on the pages (404 for a case of a person the
 * caller may not know of); bad input is a 400 naming each field, with nothing changed; changes to the case need If-Match
 * (428 without, 412 when stale); a closed case, a second open case or a note corrected already is a 409.
 */
@RestController
@Tag(name = "Cases", description = "Cases: opening, allocation by skills, transfer, notes and corrections, closure")
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseApiController {

    private final CaseFiles files;
    private final VisibleCases visible;
    private final CaseOpening opening;
    private final CaseAllocations allocations;
    private final CaseChanges changes;
    private final CaseNotes notes;
    private final ApiParams params;

    CaseApiController(CaseFiles files, VisibleCases visible, CaseOpening opening, CaseAllocations allocations, CaseChanges changes,
            CaseNotes notes, ApiParams params) {
        this.files = files;
        this.visible = visible;
        this.opening = opening;
        this.allocations = allocations;
        this.changes = changes;
        this.notes = notes;
        this.params = params;
    }

    /** Request body of a new case: source ASSESSMENT:id or REFERRAL:id (one of the person's), team, complexity and need codes. */
    record NewCase(Long personId, String source, Long teamId, String complexity, List<String> needs) {
    }

    @Operation(summary = "Open a case for a person from one of their completed assessments or accepted referrals (managers)")
    @PreAuthorize(CaseAccess.MANAGE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseJson> open(@RequestBody NewCase body, Locale locale) {
        var check = params.check(locale);
        if (body.personId() == null) {
            check.add("personId", "api.error.required", "personId");
        }
        check.done();
        long id = opening.open(body.personId(), body.source(), body.teamId() == null ? null : String.valueOf(body.teamId()),
                body.complexity(), body.needs());
        CaseJson json = CaseJson.of(files.view(id));
        return ResponseEntity.created(URI.create("/api/cases/" + id)).eTag(Versions.etag(json.version())).body(json);
    }

    @Operation(summary = "One case with its allocations and transfers; version as ETag")
    @PreAuthorize(CaseAccess.READ)
    @GetMapping("/{id}")
    ResponseEntity<CaseJson> get(@PathVariable long id) {
        return json(id);
    }

    @Operation(summary = "A person's cases, open ones first")
    @PreAuthorize(CaseAccess.READ)
    @GetMapping
    List<CaseJson.Summary> ofPerson(@Parameter(description = "person id") @RequestParam(required = false) String person, Locale locale) {
        var check = params.check(locale);
        Integer personId = check.integer("person", person, 1, Integer.MAX_VALUE);
        check.done();
        return files.ofPerson(personId).stream().map(CaseJson.Summary::of).toList();
    }

    record Profile(String complexity, List<String> needs) {
    }

    @Operation(summary = "Set the case's complexity and needs (If-Match required; managers)")
    @PreAuthorize(CaseAccess.MANAGE)
    @PutMapping(path = "/{id}/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseJson> profile(@PathVariable long id, @RequestBody Profile body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        changes.profile(id, current(id, ifMatch), body.complexity(), body.needs() == null ? List.of() : body.needs());
        return json(id);
    }

    @Operation(summary = "The staff the case may be allocated to, best fit first, with each fit rule's answer (managers)")
    @PreAuthorize(CaseAccess.MANAGE)
    @GetMapping("/{id}/candidates")
    List<CaseJson.Candidate> candidates(@PathVariable long id) {
        return allocations.candidates(visible.require(id)).stream().map(CaseJson.Candidate::of).toList();
    }

    /** Request body of an allocation: overrideReason when the worker does not fit, reason when reallocating. */
    record Allocation(Long staffId, String overrideReason, String reason) {
    }

    @Operation(summary = "Allocate the case to one of its candidates (If-Match required; managers)")
    @PreAuthorize(CaseAccess.MANAGE)
    @PostMapping(path = "/{id}/allocation", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseJson> allocate(@PathVariable long id, @RequestBody Allocation body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        allocations.allocate(id, current(id, ifMatch), body.staffId() == null ? null : String.valueOf(body.staffId()), body.overrideReason(),
                body.reason());
        return json(id);
    }

    record Transfer(Long teamId, String handover) {
    }

    @Operation(summary = "Transfer the case to another team with a handover; the worker is unallocated (If-Match required; managers)")
    @PreAuthorize(CaseAccess.MANAGE)
    @PostMapping(path = "/{id}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseJson> transfer(@PathVariable long id, @RequestBody Transfer body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        changes.transfer(id, current(id, ifMatch), body.teamId() == null ? null : String.valueOf(body.teamId()), body.handover());
        return json(id);
    }

    /** Request body of a closure: reason (case_closure_reason code), summary, closedOn (ISO date; today when absent). */
    record Closure(String reason, String summary, String closedOn) {
    }

    @Operation(summary = "Close the case with a reason and a summary (If-Match required; managers)")
    @PreAuthorize(CaseAccess.MANAGE)
    @PostMapping(path = "/{id}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseJson> close(@PathVariable long id, @RequestBody Closure body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        changes.close(id, current(id, ifMatch), body.reason(), body.summary(), body.closedOn());
        return json(id);
    }

    @Operation(summary = "The case's notes: current versions, newest first, each with the versions it replaced")
    @PreAuthorize(CaseAccess.READ)
    @GetMapping("/{id}/notes")
    List<CaseJson.Note> notes(@PathVariable long id) {
        return files.view(id).notes().stream().map(CaseJson.Note::of).toList();
    }

    /** Request body of a note: noteType (case_note_type code), occurredOn (ISO date), occurredTime (HH:mm, optional). */
    record Note(String noteType, String occurredOn, String occurredTime, String body, Boolean significant) {
        CaseNotes.NoteInput input() {
            return new CaseNotes.NoteInput(noteType, occurredOn, occurredTime, body, Boolean.TRUE.equals(significant));
        }
    }

    @Operation(summary = "Record a case note on an open case")
    @PreAuthorize(CaseAccess.WRITE)
    @PostMapping(path = "/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<CaseJson.Note>> addNote(@PathVariable long id, @RequestBody Note body) {
        long noteId = notes.add(id, body.input());
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/notes/" + noteId)).body(notes(id));
    }

    /** Request body of a correction: the note as it should read, and why. */
    record Correction(String noteType, String occurredOn, String occurredTime, String body, Boolean significant, String correctionReason) {
    }

    @Operation(summary = "Correct the current version of a note: a new version supersedes it, the old one is kept (409 if already corrected)")
    @PreAuthorize(CaseAccess.WRITE)
    @PostMapping(path = "/{id}/notes/{noteId}/correction", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<List<CaseJson.Note>> correct(@PathVariable long id, @PathVariable long noteId, @RequestBody Correction body) {
        long newId = notes.correct(id, noteId, new CaseNotes.NoteInput(body.noteType(), body.occurredOn(), body.occurredTime(), body.body(),
                Boolean.TRUE.equals(body.significant())), body.correctionReason());
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/notes/" + newId)).body(notes(id));
    }

    private int current(long id, String ifMatch) {
        return Versions.requireCurrent(ifMatch, visible.require(id).version());
    }

    private ResponseEntity<CaseJson> json(long id) {
        CaseJson json = CaseJson.of(files.view(id));
        return ResponseEntity.ok().eTag(Versions.etag(json.version())).body(json);
    }
}
