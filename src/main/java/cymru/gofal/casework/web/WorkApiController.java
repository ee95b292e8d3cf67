package cymru.gofal.casework.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cymru.gofal.casework.internal.Tray;
import cymru.gofal.casework.internal.TrayRow;
import cymru.gofal.casework.internal.TrayView;
import cymru.gofal.casework.internal.WorkTrays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.work.WorkItem;

/**
 * The work trays as JSON: the same rows and totals as the {@code /work} page. Bad parameters are a 400 problem
 * naming each; a tray the caller's role may not see is 403.
 */
@RestController
@Tag(name = "Work trays", description = "Open work with due dates from the rule engine: a worker's own, a team's, a team's unallocated")
@RequestMapping(path = "/api/work", produces = MediaType.APPLICATION_JSON_VALUE)
class WorkApiController {

    private final WorkTrays trays;
    private final ApiParams params;
    private final MessageSource messages;

    WorkApiController(WorkTrays trays, ApiParams params, MessageSource messages) {
        this.trays = trays;
        this.params = params;
        this.messages = messages;
    }

    /** One item of work, with the names the caller may see and where it stands on the council's calendar. */
    record WorkJson(long personId, String personName, String kind, String kindTitle, long recordId, String path, Long teamId,
            Long staffId, String staffName, LocalDate startedOn, LocalDate dueOn, String ruleCode, int workingDaysLeft,
            boolean overdue) {
    }

    /**
     * A page of a tray. {@code staffId} is the caller's own staff id in the worker's tray (null: not a member of
     * staff, so no work); {@code teamIds} the teams of a team tray.
     */
    record TrayJson(String view, LocalDate asOf, Long staffId, List<Long> teamIds, long open, long overdue, int page, int pageSize,
            int pages, List<WorkJson> items) {
    }

    @Operation(summary = "Open work, earliest due first, 50 a page: view=mine (work allocated to the caller), team (a team's work, "
            + "allocated or not) or unallocated (a team's unallocated work); team views show the caller's own team unless team is given")
    @PreAuthorize(TrayAccess.ANY)
    @GetMapping
    TrayJson tray(@Parameter(description = "mine, team or unallocated (default mine; team for an administrator)") @RequestParam(required = false) String view,
            @Parameter(description = "the id of one of the council's teams, for the team views") @RequestParam(required = false) String team,
            @Parameter(description = "page number from 1 (default 1)") @RequestParam(required = false) String page, Locale locale) {
        List<FormError> errors = new ArrayList<>();
        TrayParams p = TrayParams.parse(view, team, page, CurrentUser.get().orElseThrow().role(), errors);
        if (p != null && p.view().teamView() && !p.teamAmong(trays.teams())) {
            errors.add(new FormError("team", "casework.api.error.team"));
        }
        params.refuse(errors, locale);
        Tray tray = p.view() == TrayView.MINE ? trays.mine(p.page()) : trays.team(p.view(), p.team(), p.page());
        if (p.view().teamView() && tray.teamIds().isEmpty()) {
            throw params.bad("team", "casework.api.error.teamRequired", locale);
        }
        List<WorkJson> items = tray.rows().stream().map(r -> json(r, locale)).toList();
        return new TrayJson(p.view().param(), tray.today(), tray.staffId(), tray.teamIds(), tray.count().open(), tray.count().overdue(),
                tray.page(), tray.pageSize(), tray.pages(), items);
    }

    private WorkJson json(TrayRow r, Locale locale) {
        WorkItem i = r.item();
        return new WorkJson(i.personId(), r.personName(), i.kindKey(), messages.getMessage(i.kindKey(), null, i.kindKey(), locale),
                i.recordId(), i.path(), i.teamId(), i.staffId(), r.staffName(), i.startedOn(), i.dueOn(), i.ruleCode(), r.workingDaysLeft(),
                r.overdue());
    }
}
