package cymru.gofal.intake.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.people.PersonVisibility;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.WorkingDayCalendar;
import cymru.gofal.platform.calendar.WorkingDays;
import cymru.gofal.platform.web.Dates;

/**
 * Referrals awaiting a screening decision, of one team or all: position by priority rank then time received, with
 * the time waited in working and calendar days and whether screening is overdue or due today. Only about people the
 * user may see; each referral listed is audited READ.
 */
@Service
public class WaitingList {

    /** More than this is not a list a person reads; the page says when it is cut. */
    public static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final People people;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;

    WaitingList(JdbcClient jdbc, People people, WorkingDays workingDays, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    /** The waiting list of {@code teamId}, or of every team when null. */
    @PreAuthorize(IntakeAccess.READ)
    @Transactional
    public List<Entry> of(Long teamId) {
        long council = ReferralService.council();
        PersonVisibility pv = people.visibility();
        var query = jdbc.sql(ReferralRow.SELECT + " JOIN referral_priority rp ON rp.code = r.priority"
                        + " WHERE r.authority_id = :council AND r.outcome IS NULL" + (teamId == null ? "" : " AND r.screening_team_id = :team")
                        + " AND " + pv.visible("r.person_id") + " ORDER BY rp.rank, r.received_at, r.id LIMIT :limit")
                .params(pv.params()).param("council", council).param("limit", LIMIT);
        List<ReferralRow> rows = (teamId == null ? query : query.param("team", teamId)).query(ReferralRow::map).list();
        Map<Long, PersonRef> persons = people.findAll(rows.stream().map(ReferralRow::personId).distinct().toList());
        LocalDate today = Dates.today(clock);
        WorkingDayCalendar calendar = workingDays.forCouncil(council);
        List<Entry> entries = new ArrayList<>();
        for (ReferralRow r : rows) {
            PersonRef person = persons.get(r.personId());
            if (person == null) {
                continue;
            }
            audit.record(AuditEntry.of(AuditAction.READ, "referral", r.id()).aboutPerson(r.personId()));
            LocalDate due = r.screeningDue();
            String status = r.screeningStatus(today);
            int workingWaited = today.isAfter(r.receivedOn()) ? calendar.workingDaysBetween(r.receivedOn(), today) : 0;
            entries.add(new Entry(entries.size() + 1, r, person, workingWaited, ChronoUnit.DAYS.between(r.receivedOn(), today), due, status));
        }
        return entries;
    }

    /**
     * One place on the list.
     *
     * @param status OVERDUE, DUE_TODAY or null
     */
    public record Entry(int position, ReferralRow referral, PersonRef person, int workingDaysWaited, long calendarDaysWaited,
            LocalDate due, String status) {
    }
}
