package cymru.gofal.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;
import cymru.gofal.people.PersonRef;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.workforce.StaffProfile;
import cymru.gofal.workforce.StaffRef;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/**
 * Caseload views. A team's: each worker who holds cases with their open cases, weight against capacity and the cases they
 * did not fit when allocated; the complex cases (case_complexity.complex) held by workers who did not fit; the
 * unallocated cases with how long each has waited. A team manager sees their own teams, a senior manager any.
 * A practitioner's own open cases. Only cases of people the viewer may see appear or count; each view is audited.
 */
@Service
public class Caseloads {

    public record WorkerLoad(StaffProfile staff, CaseLoads.Load load) {
        /** Weight as a percentage of capacity (rounded down); null when their capacity is 0. */
        public Integer percent() {
            return staff.caseloadCapacity() <= 0 ? null : load.weight() * 100 / staff.caseloadCapacity();
        }
    }

    /** An open case in a list, with its person; staffName and misfits where the list shows them. */
    public record Listed(long id, PersonRef person, String complexity, Long staffId, String staffName, List<String> misfits,
            LocalDate since, long daysWaiting) {
    }

    public record TeamCaseload(TeamRef team, List<WorkerLoad> workers, List<Listed> complexMisfits, List<Listed> unallocated) {
    }

    private final JdbcClient jdbc;
    private final CaseLoads loads;
    private final People people;
    private final Workforce workforce;
    private final AuditLog audit;
    private final Clock clock;

    Caseloads(JdbcClient jdbc, CaseLoads loads, People people, Workforce workforce, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.loads = loads;
        this.people = people;
        this.workforce = workforce;
        this.audit = audit;
        this.clock = clock;
    }

    /** The teams whose caseloads the user may see: a senior manager any active team, a team manager their own. */
    @PreAuthorize(CaseAccess.MANAGE)
    public List<TeamRef> teams() {
        GofalUser user = CurrentUser.get().orElseThrow();
        List<TeamRef> all = workforce.teams(user.authorityId());
        if (user.role() == Role.SENIOR_MANAGER) {
            return all;
        }
        List<Long> mine = workforce.teamIdsOf(user.authorityId(), user.getUsername());
        return all.stream().filter(t -> mine.contains(t.id())).toList();
    }

    @PreAuthorize(CaseAccess.MANAGE)
    @Transactional
    public TeamCaseload team(long teamId) {
        TeamRef team = teams().stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not one of the user's teams: " + teamId));
        long authority = CurrentUser.get().orElseThrow().authorityId();
        LocalDate today = Dates.today(clock);
        List<StaffProfile> staff = workforce.profilesOfTeam(authority, teamId).stream().filter(StaffProfile::holdsCases).toList();
        Map<Long, CaseLoads.Load> byStaff = loads.of(authority, staff.stream().map(StaffProfile::id).toList(), null, people.visibility());
        List<WorkerLoad> workers = staff.stream().map(s -> new WorkerLoad(s, byStaff.getOrDefault(s.id(), CaseLoads.Load.none(s.id())))).toList();
        List<Listed> complex = named(authority, complexMisfits(authority, teamId), today);
        List<Listed> waiting = named(authority, unallocated(authority, teamId), today);
        audit.record(AuditEntry.of(AuditAction.SEARCH, "care_case", null).because("caseloads of team " + teamId + ": "
                + complex.size() + " complex not fitting, " + waiting.size() + " unallocated"));
        return new TeamCaseload(team, workers, complex, waiting);
    }

    /** The signed-in worker's open cases, oldest first; empty when they are not a member of staff. */
    @PreAuthorize(CaseAccess.WRITE)
    @Transactional
    public List<Listed> mine() {
        GofalUser user = CurrentUser.get().orElseThrow();
        Optional<StaffRef> me = workforce.staffByUsername(user.authorityId(), user.getUsername());
        if (me.isEmpty()) {
            return List.of();
        }
        var pv = people.visibility();
        List<Row> rows = jdbc.sql("SELECT c.id, c.person_id, c.complexity, c.staff_id, NULL AS misfits, c.opened_on AS since FROM care_case c"
                + " WHERE c.authority_id = :scopeAuthority AND c.staff_id = :staff AND c.closed_on IS NULL AND " + pv.visible("c.person_id")
                + " ORDER BY c.opened_on, c.id").params(pv.params()).param("scopeAuthority", user.authorityId()).param("staff", me.get().id())
                .query(Caseloads::row).list();
        audit.record(AuditEntry.of(AuditAction.SEARCH, "care_case", null).because("my cases: " + rows.size()));
        return named(user.authorityId(), rows, Dates.today(clock));
    }

    private record Row(long id, long personId, String complexity, Long staffId, List<String> misfits, LocalDate since) {
    }

    private List<Row> complexMisfits(long authority, long teamId) {
        var pv = people.visibility();
        return jdbc.sql("""
                SELECT c.id, c.person_id, c.complexity, c.staff_id, a.misfits, a.allocated_on AS since
                  FROM care_case c JOIN case_complexity k ON k.code = c.complexity
                  JOIN LATERAL (SELECT x.fits, x.misfits, x.allocated_on FROM case_allocation x WHERE x.case_id = c.id AND x.staff_id = c.staff_id
                                 ORDER BY x.allocated_at DESC, x.id DESC LIMIT 1) a ON NOT a.fits
                 WHERE c.authority_id = :scopeAuthority AND c.team_id = :team AND c.closed_on IS NULL
                   AND k.complex
                """ + " AND " + pv.visible("c.person_id") + " ORDER BY k.ordinal DESC, c.opened_on, c.id")
                .params(pv.params()).param("scopeAuthority", authority).param("team", teamId)
                .query(Caseloads::row).list();
    }

    /** Unallocated open cases of the team, waiting since they opened or last came into the team, longest waiting first. */
    private List<Row> unallocated(long authority, long teamId) {
        var pv = people.visibility();
        return jdbc.sql("""
                SELECT c.id, c.person_id, c.complexity, c.staff_id, NULL AS misfits,
                       greatest(c.opened_on, (SELECT max(t.transferred_on) FROM case_transfer t WHERE t.case_id = c.id AND t.to_team_id = c.team_id)) AS since
                  FROM care_case c
                 WHERE c.authority_id = :scopeAuthority AND c.team_id = :team AND c.closed_on IS NULL AND c.staff_id IS NULL
                """ + " AND " + pv.visible("c.person_id") + " ORDER BY since, c.id")
                .params(pv.params()).param("scopeAuthority", authority).param("team", teamId).query(Caseloads::row).list();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        java.sql.Array misfits = rs.getArray("misfits");
        return new Row(rs.getLong("id"), rs.getLong("person_id"), rs.getString("complexity"), rs.getObject("staff_id", Long.class),
                misfits == null ? List.of() : Arrays.asList((String[]) misfits.getArray()), rs.getObject("since", LocalDate.class));
    }

    /** The rows with their people (audited by People) and workers' names; anyone the viewer may not see is left out. */
    private List<Listed> named(long authority, List<Row> rows, LocalDate today) {
        Map<Long, PersonRef> persons = people.findAll(rows.stream().map(Row::personId).distinct().toList());
        Map<Long, String> names = new java.util.HashMap<>();
        workforce.staff(authority, rows.stream().map(Row::staffId).filter(java.util.Objects::nonNull).distinct().toList())
                .forEach(s -> names.put(s.id(), s.displayName()));
        return rows.stream().filter(r -> persons.containsKey(r.personId()))
                .map(r -> new Listed(r.id(), persons.get(r.personId()), r.complexity(), r.staffId(), names.get(r.staffId()), r.misfits(),
                        r.since(), r.since() == null ? 0 : ChronoUnit.DAYS.between(r.since(), today))).toList();
    }
}
