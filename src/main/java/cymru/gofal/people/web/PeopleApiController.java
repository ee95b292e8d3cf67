package cymru.gofal.people.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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

import cymru.gofal.people.internal.MergeService;
import cymru.gofal.people.internal.PeopleAccess;
import cymru.gofal.people.internal.PersonDetails;
import cymru.gofal.people.internal.PersonInput;
import cymru.gofal.people.internal.PersonMatch;
import cymru.gofal.people.internal.PersonPage;
import cymru.gofal.people.internal.PersonService;
import cymru.gofal.people.internal.PersonValidator;
import cymru.gofal.people.internal.ReferenceData;
import cymru.gofal.people.internal.RelationshipKind;
import cymru.gofal.people.internal.RestrictionService;
import cymru.gofal.people.internal.SearchQuery;
import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.Versions;

/**
 * The person register's JSON API. Reads and writes follow the pages' rules: need-to-know (404 for a person the
 * caller may not know of), validation naming each bad field, optimistic locking by ETag and If-Match, and a 409
 * listing likely duplicates unless the caller says it checked them ({@code "confirmNew": true}).
 */
@RestController
@Tag(name = "People", description = "The person register: find, record and correct people; relationships; restriction; break-glass; merges")
@RequestMapping(path = "/api/people", produces = MediaType.APPLICATION_JSON_VALUE)
class PeopleApiController {

    private final PersonService people;
    private final PersonValidator validator;
    private final ReferenceData reference;
    private final RestrictionService restrictions;
    private final MergeService merges;
    private final MessageSource messages;
    private final ApiParams params;

    PeopleApiController(ApiParams params, PersonService people, PersonValidator validator, ReferenceData reference, RestrictionService restrictions,
            MergeService merges, MessageSource messages) {
        this.people = people;
        this.validator = validator;
        this.reference = reference;
        this.restrictions = restrictions;
        this.merges = merges;
        this.messages = messages;
        this.params = params;
    }

    @Operation(summary = "Find people by any names in any order, date of birth or NHS number (best 25 first)")
    @PreAuthorize(PeopleAccess.READ)
    @GetMapping
    List<PersonMatch> search(@RequestParam(required = false) String name, @RequestParam(required = false) String dateOfBirth,
            @RequestParam(required = false) String nhsNumber, Locale locale) {
        List<FormError> errors = new ArrayList<>();
        SearchQuery query = PeopleController.parse(name, dateOfBirth, nhsNumber, errors);
        if (errors.isEmpty() && query.isEmpty()) {
            errors.add(new FormError("name", "people.search.error.nothing"));
        }
        params.refuse(errors, locale);
        return people.search(query);
    }

    @Operation(summary = "One person with names, addresses and relationships; version as ETag")
    @PreAuthorize(PeopleAccess.READ)
    @GetMapping("/{id}")
    ResponseEntity<PersonJson> get(@PathVariable long id) {
        PersonPage page = people.view(id);
        return ResponseEntity.ok().eTag(Versions.etag(page.person().version())).body(PersonJson.of(page));
    }

    /** Request body of a new person: their details, and whether the caller has checked the likely duplicates. */
    record NewPerson(String givenNames, String familyName, String preferredName, String dateOfBirth, Boolean dateOfBirthEstimated,
            String gender, String ethnicity, String disability, String preferredLanguage, Boolean activeOfferMade, String nhsNumber,
            String uniquePupilNumber, String dateOfDeath, Boolean confirmNew) {

        PersonInput input() {
            return new PersonInput(givenNames, familyName, preferredName, dateOfBirth, dateOfBirthEstimated, gender, ethnicity, disability,
                    preferredLanguage, activeOfferMade, nhsNumber, uniquePupilNumber, dateOfDeath);
        }
    }

    @Operation(summary = "Record a person; 409 with the likely duplicates unless confirmNew is true")
    @PreAuthorize(PeopleAccess.WRITE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> create(@RequestBody NewPerson body, Locale locale) {
        PersonDetails d = validated(body.input(), locale);
        if (!Boolean.TRUE.equals(body.confirmNew())) {
            List<PersonMatch> matches = people.likelyMatches(d, null);
            if (!matches.isEmpty()) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage("people.api.likelyMatches", null, locale));
                problem.setTitle(messages.getMessage("people.matches.title", null, locale));
                problem.setProperty("matches", matches);
                return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
        }
        long id = people.create(d);
        PersonPage page = people.view(id);
        return ResponseEntity.created(URI.create("/api/people/" + id)).eTag(Versions.etag(page.person().version())).body(PersonJson.of(page));
    }

    @Operation(summary = "Correct a person's details (If-Match required)")
    @PreAuthorize(PeopleAccess.WRITE)
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonJson> update(@PathVariable long id, @RequestBody PersonInput body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Locale locale) {
        PersonDetails details = validated(body, locale);
        PersonPage current = people.view(id);
        int version = Versions.requireCurrent(ifMatch, current.person().version());
        people.update(id, version, details);
        PersonPage page = people.view(id);
        return ResponseEntity.ok().eTag(Versions.etag(page.person().version())).body(PersonJson.of(page));
    }

    record NewRelationship(Long relatedPersonId, String kind, String note) {
    }

    /** Records "this person is {kind} of the related person"; both must be visible. */
    @Operation(summary = "Record that this person is <kind> of another (PARENT, SIBLING, CARER, HOUSEHOLD, PARTNER, OTHER)")
    @PreAuthorize(PeopleAccess.WRITE)
    @PostMapping(path = "/{id}/relationships", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonJson> relate(@PathVariable long id, @RequestBody NewRelationship body, Locale locale) {
        List<FormError> errors = new ArrayList<>();
        RelationshipKind kind = body.kind() == null ? null : reference.relationshipKind(body.kind()).orElse(null);
        if (kind == null) {
            errors.add(new FormError("kind", "people.error.relationshipKind"));
        }
        if (body.relatedPersonId() == null) {
            errors.add(new FormError("relatedPersonId", "people.error.relatedPerson"));
        } else if (body.relatedPersonId() == id) {
            errors.add(new FormError("relatedPersonId", "people.error.relatedSelf"));
        }
        String note = FormText.optional("note", body.note(), 500, "people.error.note", errors);
        params.refuse(errors, locale);
        if (!people.relate(id, body.relatedPersonId(), kind, note, null)) {
            params.refuse(List.of(new FormError("relatedPersonId", "people.error.relationshipExists")), locale);
        }
        PersonPage page = people.view(id);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(page.person().version())).body(PersonJson.of(page));
    }

    record NewIdentifier(String scheme, String value) {
    }

    @Operation(summary = "Add another identifier (NATIONAL_INSURANCE, HOSPITAL, HOUSING, LEGACY, OTHER)")
    @PreAuthorize(PeopleAccess.WRITE)
    @PostMapping(path = "/{id}/identifiers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonJson> addIdentifier(@PathVariable long id, @RequestBody NewIdentifier body, Locale locale) {
        List<FormError> errors = new ArrayList<>();
        if (body.scheme() == null || reference.identifierSchemes().stream().noneMatch(s -> s.code().equals(body.scheme()))) {
            errors.add(new FormError("scheme", "people.error.scheme"));
        }
        String value = FormText.required("value", body.value(), 50, "people.error.identifier", errors);
        params.refuse(errors, locale);
        if (!people.addIdentifier(id, body.scheme(), value)) {
            params.refuse(List.of(new FormError("value", "people.error.identifier.already")), locale);
        }
        PersonPage page = people.view(id);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(page.person().version())).body(PersonJson.of(page));
    }

    record BreakGlass(String reason) {
    }

    @Operation(summary = "Open a restricted record by break-glass with a reason (team and senior managers)")
    @PreAuthorize(PeopleAccess.BREAK_GLASS)
    @PostMapping(path = "/{id}/break-glass", consumes = MediaType.APPLICATION_JSON_VALUE)
    PersonJson breakGlass(@PathVariable long id, @RequestBody BreakGlass body, Locale locale) {
        List<FormError> errors = new ArrayList<>();
        String why = FormText.required("reason", body.reason(), 1000, "people.error.breakGlassReason", errors);
        if (why != null && why.codePointCount(0, why.length()) < 10) {
            errors.add(new FormError("reason", "people.error.breakGlassReason.short", 10));
        }
        params.refuse(errors, locale);
        if (restrictions.breakGlass(id, why).isEmpty()) {
            throw new NotFoundException("no restricted person " + id + " to open");
        }
        return PersonJson.of(people.view(id));
    }

    record Restriction(Boolean restricted, List<String> usernames) {
    }

    @Operation(summary = "Restrict a record or lift its restriction, naming usernames who may see it (If-Match required)")
    @PreAuthorize(PeopleAccess.RESTRICT)
    @PutMapping(path = "/{id}/restriction", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<PersonJson> restrict(@PathVariable long id, @RequestBody Restriction body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Locale locale) {
        if (body.restricted() == null) {
            params.refuse(List.of(new FormError("restricted", "people.api.restrictedRequired")), locale);
        }
        List<FormError> errors = new ArrayList<>();
        List<String> usernames = body.usernames() == null ? List.of() : body.usernames();
        for (String u : usernames) {
            if (u == null || u.length() > 100 || !u.matches("[\\p{L}\\p{N}._@-]+")) {
                errors.add(new FormError("usernames", "people.error.username.invalid"));
            }
        }
        params.refuse(errors, locale);
        PersonPage current = people.view(id);
        restrictions.restrict(id, body.restricted(), Versions.requireCurrent(ifMatch, current.person().version()), usernames);
        PersonPage page = people.view(id);
        return ResponseEntity.ok().eTag(Versions.etag(page.person().version())).body(PersonJson.of(page));
    }

    record MergeRequest(Long mergedPersonId, String reason) {
    }

    @Operation(summary = "Merge a duplicate into this record, with a reason")
    @PreAuthorize(PeopleAccess.MERGE)
    @PostMapping(path = "/{id}/merges", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Long>> merge(@PathVariable long id, @RequestBody MergeRequest body, Locale locale) {
        List<FormError> errors = new ArrayList<>();
        String why = FormText.required("reason", body.reason(), 1000, "people.error.mergeReason", errors);
        if (body.mergedPersonId() == null) {
            errors.add(new FormError("mergedPersonId", "people.merge.error.notFound"));
        }
        params.refuse(errors, locale);
        try {
            long mergeId = merges.merge(id, body.mergedPersonId(), why);
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("mergeId", mergeId, "keptPersonId", id));
        } catch (MergeService.MergeRefusedException e) {
            params.refuse(List.of(new FormError("mergedPersonId", e.messageKey())), locale);
            throw e;
        }
    }

    record UndoRequest(String reason) {
    }

    @Operation(summary = "Undo a merge, with a reason")
    @PreAuthorize(PeopleAccess.MERGE)
    @PostMapping(path = "/merges/{mergeId}/undo", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Long> undo(@PathVariable long mergeId, @RequestBody UndoRequest body, Locale locale) {
        List<FormError> errors = new ArrayList<>();
        String why = FormText.required("reason", body.reason(), 1000, "people.error.mergeReason", errors);
        params.refuse(errors, locale);
        try {
            return Map.of("personId", merges.undo(mergeId, why));
        } catch (MergeService.MergeRefusedException e) {
            params.refuse(List.of(new FormError("mergeId", e.messageKey())), locale);
            throw e;
        }
    }

    private PersonDetails validated(PersonInput input, Locale locale) {
        List<FormError> errors = new ArrayList<>();
        PersonDetails d = validator.validate(input, errors);
        params.refuse(errors, locale);
        return d;
    }

}
