package cymru.gofal.intake.web;

import java.util.List;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import cymru.gofal.intake.internal.IntakeAccess;
import cymru.gofal.intake.internal.ReferenceLists;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;
import cymru.gofal.workforce.TeamRef;
import cymru.gofal.workforce.Workforce;

/**
 * What intake's templates show for codes and ids ({@code ${@intakeFormat.name('contact_method', c.method())}}), and
 * whether the user may record (for showing only the buttons they can use; the services' rules are the real guard).
 */
@Component("intakeFormat")
class IntakeFormat {

    private final ReferenceLists lists;
    private final Workforce workforce;
    private final Set<Role> writers = roles(IntakeAccess.WRITE);
    private static final String TEAMS = IntakeFormat.class.getName() + ".teams";

    IntakeFormat(ReferenceLists lists, Workforce workforce) {
        this.lists = lists;
        this.workforce = workforce;
    }

    static Set<Role> roles(String rule) {
        return java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(rule).results().map(r -> Role.valueOf(r.group(1)))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public boolean write() {
        return CurrentUser.get().map(u -> writers.contains(u.role())).orElse(false);
    }

    public String name(String list, String code) {
        return lists.name(list, code, LocaleContextHolder.getLocale());
    }

    /** The time of day in Wales, 24-hour (14:05). */
    public String time(java.time.Instant at) {
        return at == null ? "" : java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(cymru.gofal.platform.web.Dates.LONDON).format(at);
    }

    public String priority(String code) {
        return lists.priority(code).map(p -> p.name(LocaleContextHolder.getLocale())).orElse(code);
    }

    public String team(Long id) {
        if (id == null) {
            return "";
        }
        return teams().stream().filter(t -> t.id() == id).findFirst().map(t -> t.name(LocaleContextHolder.getLocale())).orElse("");
    }

    /**
     * The council's teams, read once a request: a list page names a team on every row, and each read would be a
     * query (a 500-row waiting list was 500 queries).
     */
    @SuppressWarnings("unchecked")
    public List<TeamRef> teams() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object cached = request == null ? null : request.getAttribute(TEAMS, RequestAttributes.SCOPE_REQUEST);
        if (cached != null) {
            return (List<TeamRef>) cached;
        }
        List<TeamRef> teams = workforce.teams(CurrentUser.get().orElseThrow().authorityId());
        if (request != null) {
            request.setAttribute(TEAMS, teams, RequestAttributes.SCOPE_REQUEST);
        }
        return teams;
    }
}
