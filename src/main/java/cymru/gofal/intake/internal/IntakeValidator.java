package cymru.gofal.intake.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.workforce.Workforce;

/**
 * The checks on contacts, referrals and decisions, shared by pages and API so both refuse the same things with
 * the same messages (keys {@code intake.error.<field>...}). Each problem names its field; nothing is recorded here.
 */
@Component
public class IntakeValidator {

    static final int LONG_TEXT = 4000;

    private final People people;
    private final ReferenceLists lists;
    private final Workforce workforce;
    private final ReceivedAt receivedAt;

    IntakeValidator(People people, ReferenceLists lists, Workforce workforce, Clock clock) {
        this.people = people;
        this.lists = lists;
        this.workforce = workforce;
        this.receivedAt = new ReceivedAt(clock);
    }

    /** The person if the user may see them; otherwise a problem on {@code personId} (missing and hidden alike). */
    public Optional<PersonRef> person(Long personId, List<FormError> errors) {
        Optional<PersonRef> p = personId == null ? Optional.empty() : people.find(personId);
        if (p.isEmpty()) {
            errors.add(new FormError("personId", "intake.error.personId"));
        }
        return p;
    }

    /** When, as typed on a page: a date (24/12/2026) and a 24-hour time (14:05) in Wales. */
    public Instant receivedAt(String date, String time, List<FormError> errors) {
        return receivedAt.fromPage(date, time, errors);
    }

    /** When, as sent to the API: ISO 8601 with an offset (2026-12-24T10:15:00Z) or without one (time in Wales). */
    public Instant receivedAt(String iso, List<FormError> errors) {
        return receivedAt.fromApi(iso, errors);
    }

    /** {@code whenField}: the field that said when it was received (receivedDate on pages, receivedAt in the API). */
    public NewContact contact(ContactInput in, Instant receivedAt, String whenField, List<FormError> errors) {
        Optional<PersonRef> person = person(in.personId(), errors);
        bornBy(person.orElse(null), receivedAt, whenField, errors);
        String party = code("party", in.party(), ReferenceLists.PARTY, errors);
        boolean caller = party != null && !lists.isSubject(party);
        String name = caller ? FormText.optional("partyName", in.partyName(), 200, "intake.error.partyName", errors) : null;
        String org = caller ? FormText.optional("partyOrganisation", in.partyOrganisation(), 200, "intake.error.partyOrganisation", errors) : null;
        String phone = caller ? phone(in.partyPhone(), errors) : null;
        String method = code("method", in.method(), ReferenceLists.METHOD, errors);
        String reason = IntakeText.required("reason", in.reason(), LONG_TEXT, "intake.error.reason", errors);
        LocalDate on = receivedAt == null ? null : LocalDate.ofInstant(receivedAt, Dates.LONDON);
        String route = route(in.route(), person.orElse(null), on, errors);
        String outcome = code("outcome", in.outcome(), ReferenceLists.CONTACT_OUTCOME, errors);
        boolean adult = "ADULTS".equals(route);
        String whatMatters = outcome != null && adult && lists.needsWhatMatters(outcome)
                ? IntakeText.required("whatMatters", in.whatMatters(), LONG_TEXT, "intake.error.whatMatters", errors)
                : IntakeText.optional("whatMatters", in.whatMatters(), LONG_TEXT, "intake.error.whatMatters", errors);
        boolean asides = outcome != null && lists.turnsAside(outcome);
        String outcomeReason = asides ? IntakeText.required("outcomeReason", in.outcomeReason(), LONG_TEXT, "intake.error.outcomeReason", errors) : null;
        String signposted = "SIGNPOSTED".equals(outcome) ? code("signpostedTo", in.signpostedTo(), ReferenceLists.COMMUNITY_SERVICE, errors) : null;
        long authority = CurrentUser.get().orElseThrow().authorityId();
        NewReferral referral = null;
        if (outcome != null && lists.makesReferral(outcome)) {
            referral = referral(new ReferralInput(in.personId(), in.source(), in.sourceDetail(), route, in.priority(),
                    "SAFEGUARDING".equals(outcome), reason, in.screeningTeamId()), person.orElse(null), receivedAt, true, errors);
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Long team = workforce.teamIdsOf(authority, CurrentUser.username()).stream().findFirst().orElse(null);
        return new NewContact(authority, person.get().id(), party, name, org, phone, method, receivedAt, on, reason, route,
                whatMatters, outcome, outcomeReason, signposted, team, referral);
    }

    /** A referral with its own person check (API), or {@code person} already checked (from a contact). */
    public NewReferral referral(ReferralInput in, Instant receivedAt, String whenField, List<FormError> errors) {
        Optional<PersonRef> person = person(in.personId(), errors);
        bornBy(person.orElse(null), receivedAt, whenField, errors);
        NewReferral r = referral(in, person.orElse(null), receivedAt, false, errors);
        return errors.isEmpty() ? r : null;
    }

    /** {@code fromContact}: the reason is the contact's, already checked. */
    private NewReferral referral(ReferralInput in, PersonRef person, Instant receivedAt, boolean fromContact, List<FormError> errors) {
        String source = code("source", in.source(), ReferenceLists.SOURCE, errors);
        String detail = FormText.optional("sourceDetail", in.sourceDetail(), 200, "intake.error.sourceDetail", errors);
        Priority priority = in.priority() == null ? null : lists.priority(in.priority()).orElse(null);
        if (priority == null) {
            errors.add(new FormError("priority", "intake.error.priority"));
        }
        String reason = fromContact ? in.reason() : IntakeText.required("reason", in.reason(), LONG_TEXT, "intake.error.reason", errors);
        LocalDate on = receivedAt == null ? null : LocalDate.ofInstant(receivedAt, Dates.LONDON);
        String route = route(in.route(), person, on, errors);
        long authority = CurrentUser.get().orElseThrow().authorityId();
        Long team = team("screeningTeamId", in.screeningTeamId(), authority, errors);
        if (person == null || source == null || priority == null || reason == null || route == null || team == null || receivedAt == null) {
            return null;
        }
        return new NewReferral(authority, person.id(), source, detail, route, priority, Boolean.TRUE.equals(in.safeguarding()), reason,
                receivedAt, on, team);
    }

    /** A decision's checks; answers it with its text stripped, or null after problems. */
    public Decision decision(Decision in, List<FormError> errors) {
        String outcome = code("outcome", in.outcome(), ReferenceLists.REFERRAL_OUTCOME, errors);
        String reason = IntakeText.required("decisionReason", in.reason(), LONG_TEXT, "intake.error.decisionReason", errors);
        long authority = CurrentUser.get().orElseThrow().authorityId();
        Long team = "ASSESSMENT".equals(outcome) ? team("assessmentTeamId", in.assessmentTeamId(), authority, errors) : null;
        String signposted = "SIGNPOSTED".equals(outcome) ? code("signpostedTo", in.signpostedTo(), ReferenceLists.COMMUNITY_SERVICE, errors) : null;
        return errors.isEmpty() ? new Decision(outcome, reason, team, signposted) : null;
    }

    /**
     * Nothing is received about a person before they were born. An estimated date of birth (an unborn baby's
     * expected date, say) does not hold: pre-birth referrals are real.
     */
    private static void bornBy(PersonRef person, Instant receivedAt, String field, List<FormError> errors) {
        if (person == null || receivedAt == null || person.dateOfBirth() == null || person.dateOfBirthEstimated()) {
            return;
        }
        if (LocalDate.ofInstant(receivedAt, Dates.LONDON).isBefore(person.dateOfBirth())) {
            errors.add(new FormError(field, "intake.error.receivedAt.beforeBirth", FormDates.format(person.dateOfBirth())));
        }
    }

    private Long team(String field, Long id, long authority, List<FormError> errors) {
        if (id == null || workforce.teams(authority).stream().noneMatch(t -> t.id() == id)) {
            errors.add(new FormError(field, "intake.error." + field));
            return null;
        }
        return id;
    }

    private String route(String given, PersonRef person, LocalDate on, List<FormError> errors) {
        String r = given == null ? "" : given.strip();
        if (r.isEmpty()) {
            return person == null || on == null ? null : person.childOn(on) ? "CHILDREN" : "ADULTS";
        }
        if (!r.equals("ADULTS") && !r.equals("CHILDREN")) {
            errors.add(new FormError("route", "intake.error.route"));
            return null;
        }
        return r;
    }

    private String code(String field, String value, String table, List<FormError> errors) {
        if (value == null || !lists.has(table, value.strip())) {
            errors.add(new FormError(field, "intake.error." + field));
            return null;
        }
        return value.strip();
    }

    private static String phone(String value, List<FormError> errors) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("[0-9 +()\\-]{3,40}") || v.chars().filter(Character::isDigit).count() < 3) {
            errors.add(new FormError("partyPhone", "intake.error.partyPhone"));
            return null;
        }
        return v;
    }
}
