package cymru.gofal.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.calendar.WorkingDays;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.NotFoundException;

/**
 * Reading reviews within need-to-know: one review (404 for a person the user may not know of), the managers' board,
 * and the reviews of teams by status. Each read is audited; lists and counts leave out people the user may not see.
 */
@Service
public class ReviewReads {

    static final int LIST_LIMIT = 500;
    /** The board's windows: due within four weeks; held within twelve months (what managers asked to see). */
    static final int SOON_WEEKS = 4;
    static final int HELD_MONTHS = 12;

    private final JdbcClient jdbc;
    private final ReviewStore store;
    private final ReviewOutcomes outcomes;
    private final People people;
    private final TimescaleRules rules;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;

    ReviewReads(JdbcClient jdbc, ReviewStore store, ReviewOutcomes outcomes, People people, TimescaleRules rules,
            WorkingDays workingDays, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.outcomes = outcomes;
        this.people = people;
        this.rules = rules;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(ReviewAccess.READ)
    @Transactional
    public ReviewFile view(long id) {
        Review r = require(id);
        PersonRef person = people.find(r.personId()).orElseThrow(() -> new NotFoundException("No review " + id));
        audit.record(AuditEntry.of(AuditAction.READ, "plan_review", id).aboutPerson(r.personId()));
        return new ReviewFile(r, person, rules.rule(r.regime(), r.ruleCode()).orElse(null), daysLeft(r),
                r.outcome() == null ? null : outcomes.find(r.outcome()).orElse(null), store.following(r.planId(), r.sequence()).orElse(null));
    }

    /** The review, when the user may see it; not audited (callers audit what they show). */
    @PreAuthorize(ReviewAccess.READ)
    public Review require(long id) {
        return store.findVisible(id, people.visibility()).orElseThrow(() -> new NotFoundException("No review " + id));
    }

    @PreAuthorize(ReviewAccess.READ)
    @Transactional
    public ReviewBoard board(List<Long> teamIds) {
        LocalDate today = Dates.today(clock);
        LocalDate soon = today.plusWeeks(SOON_WEEKS);
        LocalDate since = today.minusMonths(HELD_MONTHS);
        var pv = people.visibility();
        String teams = array(teamIds);
        List<Review> overdue = scheduled(pv, teams, "r.due_on < :today", today, null);
        List<Review> dueSoon = scheduled(pv, teams, "r.due_on >= :today AND r.due_on <= :until", today, soon);
        List<ReviewBoard.TeamHeld> held = jdbc.sql("SELECT cf.team_id, count(*) AS held, count(*) FILTER (WHERE r.held_on <= r.due_on)"
                + " AS on_time " + ReviewStore.FROM + " WHERE r.authority_id = :authority AND r.status = 'HELD' AND r.held_on >= :since"
                + " AND r.held_on <= :today AND cf.team_id = ANY(CAST(:teams AS bigint[])) AND " + pv.visible("cp.person_id")
                + " GROUP BY cf.team_id ORDER BY cf.team_id").params(pv.params()).param("since", since).param("today", today)
                .param("teams", teams)
                .query((rs, i) -> new ReviewBoard.TeamHeld(rs.getLong("team_id"), rs.getLong("held"), rs.getLong("on_time"))).list();
        audit.record(AuditEntry.of(AuditAction.SEARCH, "plan_review", null).because("reviews of teams " + teamIds + ": "
                + overdue.size() + " overdue, " + dueSoon.size() + " due soon"));
        return new ReviewBoard(today, soon, since, listed(overdue), listed(dueSoon), held);
    }

    /**
     * The teams' reviews in a status, earliest due first: SCHEDULED, OVERDUE (scheduled and past due), HELD (latest
     * held first) or CANCELLED; at most {@value #LIST_LIMIT}.
     */
    @PreAuthorize(ReviewAccess.READ)
    @Transactional
    public List<ReviewListed> ofTeams(List<Long> teamIds, String status) {
        LocalDate today = Dates.today(clock);
        var pv = people.visibility();
        String condition = switch (status) {
            case "OVERDUE" -> "r.status = 'SCHEDULED' AND r.due_on < :today";
            case Review.SCHEDULED, Review.HELD, Review.CANCELLED -> "r.status = :status";
            default -> throw new IllegalArgumentException("No review status " + status);
        };
        String order = Review.HELD.equals(status) ? "r.held_on DESC, r.id DESC" : "r.due_on, r.id";
        List<Review> rows = jdbc.sql("SELECT " + ReviewStore.COLUMNS + " " + ReviewStore.FROM + " WHERE r.authority_id = :authority AND "
                + condition + " AND cf.team_id = ANY(CAST(:teams AS bigint[])) AND " + pv.visible("cp.person_id") + " ORDER BY " + order
                + " LIMIT " + LIST_LIMIT).params(pv.params()).param("today", today).param("status", status)
                .param("teams", array(teamIds)).query(ReviewStore::map).list();
        audit.record(AuditEntry.of(AuditAction.SEARCH, "plan_review", null).because(status + " reviews of teams " + teamIds + ": " + rows.size()));
        return listed(rows);
    }

    private List<Review> scheduled(cymru.gofal.people.PersonVisibility pv, String teams, String when, LocalDate today, LocalDate until) {
        var spec = jdbc.sql("SELECT " + ReviewStore.COLUMNS + " " + ReviewStore.FROM + " WHERE r.authority_id = :authority"
                + " AND r.status = 'SCHEDULED' AND " + when + " AND cf.team_id = ANY(CAST(:teams AS bigint[])) AND "
                + pv.visible("cp.person_id") + " ORDER BY r.due_on, r.id LIMIT " + LIST_LIMIT).params(pv.params())
                .param("today", today).param("teams", teams);
        return (until == null ? spec : spec.param("until", until)).query(ReviewStore::map).list();
    }

    private List<ReviewListed> listed(List<Review> rows) {
        Map<Long, PersonRef> persons = people.findAll(rows.stream().map(Review::personId).distinct().toList());
        return rows.stream().filter(r -> persons.containsKey(r.personId()))
                .map(r -> new ReviewListed(r, persons.get(r.personId()), daysLeft(r))).toList();
    }

    /** Working days from today (or the day held) to the day due, on the council's calendar. */
    private int daysLeft(Review r) {
        LocalDate from = r.held() ? r.heldOn() : Dates.today(clock);
        return workingDays.forCouncil(r.authorityId()).workingDaysBetween(from, r.dueOn());
    }

    static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
