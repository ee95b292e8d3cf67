package cymru.gofal.intake.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.intake.internal.ContactInput;
import cymru.gofal.intake.internal.ContactService;
import cymru.gofal.intake.internal.IntakeAccess;
import cymru.gofal.intake.internal.IntakeValidator;
import cymru.gofal.intake.internal.NewContact;
import cymru.gofal.platform.web.FormError;

/**
 * Contacts over JSON, on the pages' rules: every bad field named in one 400 problem and nothing recorded; a contact
 * about a person the caller may not see is 404. An outcome that turns the person aside records them with the reason;
 * REFERRED or SAFEGUARDING also records the referral (source, priority, screeningTeamId then required).
 */
@RestController
@Tag(name = "Contacts", description = "Contacts: information, advice and assistance, and what came of them")
@RequestMapping(path = "/api/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
class ContactsApiController {

    private final ContactService contacts;
    private final IntakeValidator validator;
    private final ApiParams errors;

    ContactsApiController(ContactService contacts, IntakeValidator validator, ApiParams errors) {
        this.contacts = contacts;
        this.validator = validator;
        this.errors = errors;
    }

    /** Request body: receivedAt is ISO 8601 (2026-12-24T10:15:00Z, or without offset for the time in Wales). */
    record NewContactBody(Long personId, String party, String partyName, String partyOrganisation, String partyPhone, String method,
            String receivedAt, String reason, String route, String whatMatters, String outcome, String outcomeReason, String signpostedTo,
            String source, String sourceDetail, String priority, Long screeningTeamId) {
    }

    @Operation(summary = "Record a contact (outcome INFORMATION_ADVICE, SIGNPOSTED, REFERRED, SAFEGUARDING or NO_FURTHER_ACTION)")
    @PreAuthorize(IntakeAccess.WRITE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ContactJson> create(@RequestBody NewContactBody b, Locale locale) {
        List<FormError> problems = new ArrayList<>();
        Instant at = validator.receivedAt(b.receivedAt(), problems);
        NewContact c = validator.contact(new ContactInput(b.personId(), b.party(), b.partyName(), b.partyOrganisation(), b.partyPhone(),
                b.method(), b.reason(), b.route(), b.whatMatters(), b.outcome(), b.outcomeReason(), b.signpostedTo(), b.source(),
                b.sourceDetail(), b.priority(), b.screeningTeamId()), at, "receivedAt", problems);
        errors.refuse(problems, locale);
        long id = contacts.record(c).contactId();
        return ResponseEntity.created(URI.create("/api/contacts/" + id)).body(ContactJson.of(contacts.view(id).contact()));
    }

    @Operation(summary = "One contact")
    @PreAuthorize(IntakeAccess.READ)
    @GetMapping("/{id}")
    ContactJson get(@PathVariable long id) {
        return ContactJson.of(contacts.view(id).contact());
    }
}
