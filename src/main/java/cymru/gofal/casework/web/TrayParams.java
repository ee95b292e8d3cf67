package cymru.gofal.casework.web;

import java.util.List;

import cymru.gofal.casework.internal.TrayView;
import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.workforce.TeamRef;

/**
 * The query parameters of a work tray, page or API: {@code view} (mine, team, unallocated; by default the
 * worker's own tray, or the team tray for an ADMIN, who holds no work), {@code team} (one of the council's active
 * teams, for the team trays) and {@code page} (from 1). Each bad parameter is one {@link FormError}.
 */
record TrayParams(TrayView view, Long team, int page) {

    /** The last page anyone may ask for: 100,000 items into a tray. */
    static final int MAX_PAGE = 2000;

    /** The views a role may open, in the order they are offered. */
    static List<TrayView> viewsFor(Role role) {
        return switch (role) {
            case PRACTITIONER -> List.of(TrayView.MINE);
            case TEAM_MANAGER, SENIOR_MANAGER -> List.of(TrayView.MINE, TrayView.TEAM, TrayView.UNALLOCATED);
            case ADMIN -> List.of(TrayView.TEAM, TrayView.UNALLOCATED);
            default -> List.of();
        };
    }

    static TrayView defaultView(Role role) {
        return role == Role.ADMIN ? TrayView.TEAM : TrayView.MINE;
    }

    /** The view, team and page asked for, or null after a problem (recorded in {@code errors}). */
    static TrayParams parse(String view, String team, String page, Role role, List<FormError> errors) {
        TrayView v = view == null || view.isBlank() ? defaultView(role) : TrayView.fromParam(view.strip()).orElse(null);
        if (v == null) {
            errors.add(new FormError("view", "casework.api.error.view"));
        }
        Long teamId = null;
        if (team != null && !team.isBlank()) {
            teamId = positive(team.strip());
            if (teamId == null) {
                errors.add(new FormError("team", "casework.api.error.team"));
            }
        }
        int p = 1;
        if (page != null && !page.isBlank()) {
            Long n = positive(page.strip());
            if (n == null || n > MAX_PAGE) {
                errors.add(new FormError("page", "casework.api.error.page", MAX_PAGE));
            } else {
                p = n.intValue();
            }
        }
        return errors.isEmpty() ? new TrayParams(v, v.teamView() ? teamId : null, p) : null;
    }

    /** Whether the team asked for (if any) is one of the council's active teams. */
    boolean teamAmong(List<TeamRef> teams) {
        return team == null || teams.stream().anyMatch(t -> t.id() == team);
    }

    private static Long positive(String v) {
        if (!v.matches("\\d{1,18}")) {
            return null;
        }
        long n = Long.parseLong(v);
        return n > 0 ? n : null;
    }
}
