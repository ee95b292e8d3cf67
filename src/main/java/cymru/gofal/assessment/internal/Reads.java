package cymru.gofal.assessment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.WorkingDayCalendar;
import cymru.gofal.platform.calendar.WorkingDays;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.NotFoundException;

/**
 * Reading assessments, within need-to-know: one assessment with everything on it, a team's open assessments
 * (unallocated first, then by due date), and a person's assessments with carers' offers. Each read is audited.
 */
@Service
public class Reads {

    static final int LIST_LIMIT = 500;

    private final JdbcClient jdbc;
    private final Visible visible;
    private final AssessmentStore store;
    private final AssessmentTypes types;
    private final Eligibility eligibility;
    private final RiskTools risks;
    private final CarerOffers offers;
    private final People people;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;

    Reads(JdbcClient jdbc, Visible visible, AssessmentStore store, AssessmentTypes types, Eligibility eligibility, RiskTools risks,
            CarerOffers offers, People people, WorkingDays workingDays, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.visible = visible;
        this.store = store;
        this.types = types;
        this.eligibility = eligibility;
        this.risks = risks;
        this.offers = offers;
        this.people = people;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Access.READ)
    @Transactional
    public AssessmentFile view(long id) {
        Assessment a = visible.require(id);
        PersonRef person = people.find(a.personId()).orElseThrow(() -> new NotFoundException("No assessment " + id));
        audit.record(AuditEntry.of(AuditAction.READ, "assessment", id).aboutPerson(a.personId()));
        List<OfferRow> offered = offers.ofAssessment(id);
        Map<Long, PersonRef> carers = people.findAll(offered.stream().map(OfferRow::carerPersonId).distinct().toList());
        return new AssessmentFile(a, visible.type(a), person, daysLeft(a), eligibility.rows(id), risks.rows(id),
                offered.stream().filter(o -> carers.containsKey(o.carerPersonId())).toList(), carers);
    }

    /** Open assessments of the teams, unallocated first, then earliest due; at most {@value #LIST_LIMIT}. */
    @PreAuthorize(Access.READ)
    @Transactional
    public List<Listed> openForTeams(long authorityId, List<Long> teamIds) {
        var pv = people.visibility();
        List<Assessment> rows = jdbc.sql("SELECT " + AssessmentStore.COLUMNS + " FROM assessment a WHERE a.authority_id = :authority"
                + " AND a.completed_on IS NULL AND a.team_id = ANY(CAST(:teams AS bigint[])) AND " + pv.visible("a.person_id")
                + " ORDER BY (a.staff_id IS NOT NULL), a.due_on, a.id LIMIT " + LIST_LIMIT).params(pv.params())
                .param("teams", array(teamIds)).query(AssessmentStore::map).list();
        audit.record(AuditEntry.of(AuditAction.SEARCH, "assessment", null).because("open assessments of teams " + teamIds
                + ": " + rows.size()));
        return listed(rows);
    }

    /** Completed assessments of the teams still waiting for a manager's sign-off, longest waiting first. */
    @PreAuthorize(Access.READ)
    @Transactional
    public List<Listed> awaitingSignOff(long authorityId, List<Long> teamIds) {
        var pv = people.visibility();
        List<Assessment> rows = jdbc.sql("SELECT " + AssessmentStore.COLUMNS + " FROM assessment a WHERE a.authority_id = :authority"
                + " AND a.status = 'COMPLETED' AND a.team_id = ANY(CAST(:teams AS bigint[])) AND " + pv.visible("a.person_id")
                + " ORDER BY a.completed_on, a.id LIMIT " + LIST_LIMIT).params(pv.params())
                .param("teams", array(teamIds)).query(AssessmentStore::map).list();
        audit.record(AuditEntry.of(AuditAction.SEARCH, "assessment", null).because("awaiting sign-off in teams " + teamIds
                + ": " + rows.size()));
        return listed(rows);
    }

    /**
     * The assessment opened from a referral (the first, should there be more), if its person is one the user may see.
     * Answers an id only, for a link from the referral, so it is not audited: the assessment page audits the read.
     */
    @PreAuthorize(Access.READ)
    public Optional<Long> fromReferral(long referralId) {
        var pv = people.visibility();
        return jdbc.sql("SELECT a.id FROM assessment a WHERE a.authority_id = :authority AND a.referral_id = :referral AND "
                + pv.visible("a.person_id") + " ORDER BY a.id LIMIT 1").params(pv.params()).param("referral", referralId)
                .query(Long.class).optional();
    }

    /** The person's assessments, newest first, and the carers' offers to or about them. */
    @PreAuthorize(Access.READ)
    @Transactional
    public PersonAssessments ofPerson(long personId) {
        PersonRef person = people.find(personId).orElseThrow(() -> new NotFoundException("No person " + personId));
        long authority = Visible.authorityId();
        audit.record(AuditEntry.of(AuditAction.READ, "assessment", null).aboutPerson(personId).because("assessments of the person"));
        List<OfferRow> offered = offers.ofPerson(authority, personId);
        Set<Long> others = new HashSet<>();
        offered.forEach(o -> others.add(o.carerPersonId() == personId ? o.caredForPersonId() : o.carerPersonId()));
        Map<Long, PersonRef> visiblePeople = new HashMap<>(people.findAll(others));
        visiblePeople.put(personId, person);
        return new PersonAssessments(person, listed(store.ofPerson(authority, personId)),
                offered.stream().filter(o -> visiblePeople.containsKey(o.carerPersonId())
                        && visiblePeople.containsKey(o.caredForPersonId())).toList(), visiblePeople);
    }

    /** A person's assessments and carers' offers, with the people named in them. */
    public record PersonAssessments(PersonRef person, List<Listed> assessments, List<OfferRow> offers, Map<Long, PersonRef> people) {
    }

    private List<Listed> listed(List<Assessment> rows) {
        Map<Long, PersonRef> persons = people.findAll(rows.stream().map(Assessment::personId).distinct().toList());
        Map<String, AssessmentType> typeCache = new HashMap<>();
        return rows.stream().filter(a -> persons.containsKey(a.personId()))
                .map(a -> new Listed(a, typeCache.computeIfAbsent(a.regime() + "/" + a.typeCode(),
                        k -> types.find(a.regime(), a.typeCode()).orElseThrow()), persons.get(a.personId()), daysLeft(a)))
                .toList();
    }

    private int daysLeft(Assessment a) {
        WorkingDayCalendar calendar = workingDays.forCouncil(a.authorityId());
        LocalDate today = Dates.today(clock);
        return calendar.workingDaysBetween(a.open() ? today : a.completedOn(), a.dueOn());
    }

    static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
