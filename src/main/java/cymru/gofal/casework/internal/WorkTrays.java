package cymru.gofal.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

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
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.work.WorkCount;
import cymru.gofal.platform.work.WorkItem;
import cymru.gofal.platform.work.WorkScope;
import cymru.gofal.platform.work.WorkSource;
import cymru.gofal.workforce.StaffRef;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/**
 * The work trays of the signed-in user: their own work, and for managers a team's work and its unallocated work.
 * Gathers from every {@link WorkSource} bean (none is fine) as of today in Europe/London, and shows only people the
 * user may see (the sources filter; the names are looked up through {@link People}, which drops anyone else and
 * audits each person shown). Each tray shown is one READ audit row ({@code work_tray}).
 */
@Service
public class WorkTrays {

    public static final int PAGE_SIZE = 50;

    private final List<WorkSource> sources;
    private final Workforce workforce;
    private final People people;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;

    WorkTrays(List<WorkSource> sources, Workforce workforce, People people, WorkingDays workingDays, AuditLog audit, Clock clock) {
        this.sources = List.copyOf(sources);
        this.workforce = workforce;
        this.people = people;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return Dates.today(clock);
    }

    /** The work allocated to the signed-in user; an empty tray without a staff id when they are not staff. */
    @Transactional
    @PreAuthorize("hasAnyRole('PRACTITIONER', 'TEAM_MANAGER', 'SENIOR_MANAGER')")
    public Tray mine(int page) {
        GofalUser user = CurrentUser.get().orElseThrow();
        LocalDate today = today();
        Optional<StaffRef> me = workforce.staffByUsername(user.authorityId(), user.getUsername());
        if (me.isEmpty()) {
            return Tray.empty(TrayView.MINE, today, null, List.of(), page, PAGE_SIZE);
        }
        WorkScope scope = WorkScope.worker(user.authorityId(), me.get().id(), today);
        return gather(TrayView.MINE, scope, me.get().id(), page, "mine:" + me.get().id());
    }

    /**
     * A team's work ({@link TrayView#TEAM}) or its unallocated work ({@link TrayView#UNALLOCATED}): of {@code teamId}
     * when given (it must be one of the council's teams: {@link #teams()}), otherwise of the user's own teams. Without
     * either, an empty tray with no teams, for the user to choose one.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SENIOR_MANAGER', 'ADMIN')")
    public Tray team(TrayView view, Long teamId, int page) {
        if (!view.teamView()) {
            throw new IllegalArgumentException("Not a team view: " + view);
        }
        GofalUser user = CurrentUser.get().orElseThrow();
        LocalDate today = today();
        List<Long> teams = teamId != null ? List.of(teamId) : workforce.teamIdsOf(user.authorityId(), user.getUsername());
        if (teams.isEmpty()) {
            return Tray.empty(view, today, null, teams, page, PAGE_SIZE);
        }
        WorkScope scope = WorkScope.teams(user.authorityId(), teams, view == TrayView.UNALLOCATED, today);
        return gather(view, scope, null, page, view.param() + ":" + teams.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }

    /** The council's active teams, for a manager to choose whose tray to see. Names of teams only: not audited. */
    @PreAuthorize("hasAnyRole('TEAM_MANAGER', 'SENIOR_MANAGER', 'ADMIN')")
    public List<TeamRef> teams() {
        return workforce.teams(CurrentUser.get().orElseThrow().authorityId());
    }

    private Tray gather(TrayView view, WorkScope scope, Long staffId, int page, String auditId) {
        WorkCount count = new WorkCount(0, 0);
        List<IntFunction<List<WorkItem>>> asks = new ArrayList<>();
        for (WorkSource source : sources) {
            count = count.plus(source.count(scope));
            asks.add(limit -> source.open(scope, limit));
        }
        List<WorkItem> items = TrayMerge.page(asks, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        List<TrayRow> rows = rows(view, scope, items);
        audit.record(AuditEntry.of(AuditAction.READ, "work_tray", auditId)
                .because("page " + page + ": " + rows.size() + " of " + count.open() + " open, " + count.overdue() + " overdue"));
        return new Tray(view, scope.asOf(), staffId, scope.teamIds(), count, rows, page, PAGE_SIZE);
    }

    /** The page's items as rows, with names; items about people the user may not see are left out. */
    private List<TrayRow> rows(TrayView view, WorkScope scope, List<WorkItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonRef> persons = people.findAll(items.stream().map(WorkItem::personId).distinct().toList());
        Map<Long, String> staffNames = Map.of();
        if (view.teamView()) {
            List<Long> staffIds = items.stream().map(WorkItem::staffId).filter(java.util.Objects::nonNull).distinct().toList();
            staffNames = workforce.staff(scope.authorityId(), staffIds).stream()
                    .collect(Collectors.toMap(StaffRef::id, StaffRef::displayName, (a, b) -> a));
        }
        WorkingDayCalendar calendar = workingDays.forCouncil(scope.authorityId());
        List<TrayRow> rows = new ArrayList<>(items.size());
        for (WorkItem item : items) {
            PersonRef person = persons.get(item.personId());
            if (person != null) {
                String staffName = item.staffId() == null ? null : staffNames.get(item.staffId());
                rows.add(TrayRow.of(item, person.displayName(), staffName, calendar, scope.asOf()));
            }
        }
        return rows;
    }
}
