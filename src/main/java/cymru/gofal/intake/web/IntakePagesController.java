package cymru.gofal.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cymru.gofal.intake.internal.ContactService;
import cymru.gofal.intake.internal.IntakeAccess;
import cymru.gofal.intake.internal.PersonIntake;
import cymru.gofal.intake.internal.TurnedAsideReport;
import cymru.gofal.intake.internal.WaitingList;
import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.workforce.Workforce;

/** Intake's landing page, the waiting list, the people turned aside, and the panel the person page loads. */
@Controller
@RequestMapping("/intake")
class IntakePagesController {

    private static final int RECENT = 20;

    private final ContactService contacts;
    private final WaitingList waitingList;
    private final TurnedAsideReport turnedAside;
    private final PersonIntake personIntake;
    private final Workforce workforce;
    private final Clock clock;

    IntakePagesController(ContactService contacts, WaitingList waitingList, TurnedAsideReport turnedAside, PersonIntake personIntake,
            Workforce workforce, Clock clock) {
        this.contacts = contacts;
        this.waitingList = waitingList;
        this.turnedAside = turnedAside;
        this.personIntake = personIntake;
        this.workforce = workforce;
        this.clock = clock;
    }

    @PreAuthorize(IntakeAccess.READ)
    @GetMapping
    String landing(Model model) {
        List<Long> teams = workforce.teamIdsOf(CurrentUser.get().orElseThrow().authorityId(), CurrentUser.username());
        model.addAttribute("hasTeam", !teams.isEmpty());
        model.addAttribute("recent", contacts.recentOfTeams(teams, RECENT));
        return "intake/index";
    }

    @PreAuthorize(IntakeAccess.READ)
    @GetMapping("/waiting-list")
    String waitingList(@RequestParam(required = false) String team, Model model) {
        Long teamId = PageForms.id(team);
        model.addAttribute("team", teamId);
        List<WaitingList.Entry> entries = waitingList.of(teamId);
        model.addAttribute("entries", entries);
        model.addAttribute("cut", entries.size() >= WaitingList.LIMIT);
        model.addAttribute("limit", WaitingList.LIMIT);
        return "intake/waiting-list";
    }

    @PreAuthorize(IntakeAccess.READ)
    @GetMapping("/turned-aside")
    String turnedAside(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        LocalDate today = Dates.today(clock);
        List<FormError> errors = new ArrayList<>();
        LocalDate f = FormDates.parse("from", from, false, "intake.error.from", EnglandAndWalesHolidays.FIRST_YEAR,
                EnglandAndWalesHolidays.LAST_YEAR, errors);
        LocalDate t = FormDates.parse("to", to, false, "intake.error.to", EnglandAndWalesHolidays.FIRST_YEAR,
                EnglandAndWalesHolidays.LAST_YEAR, errors);
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(new FormError("to", "intake.error.to.beforeFrom"));
        }
        LocalDate end = t == null || !errors.isEmpty() ? today : t;
        LocalDate start = f == null || !errors.isEmpty() ? end.minusYears(1).plusDays(1) : f;
        model.addAttribute("errors", errors);
        model.addAttribute("from", from == null ? FormDates.format(start) : from);
        model.addAttribute("to", to == null ? FormDates.format(end) : to);
        model.addAttribute("report", turnedAside.of(start, end));
        return "intake/turned-aside";
    }

    /** The person's contacts and referrals as an HTML fragment (no layout), for the person page to load with htmx. */
    @PreAuthorize(IntakeAccess.READ)
    @GetMapping("/people/{personId}/panel")
    String panel(@PathVariable long personId, Model model) {
        model.addAttribute("history", personIntake.of(personId));
        return "intake/panel :: panel";
    }
}
