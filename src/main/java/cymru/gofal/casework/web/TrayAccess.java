package cymru.gofal.casework.web;

/**
 * Who may open the work trays at all: those who hold or manage work, and the ADMIN for the team trays. Which tray
 * each may see is enforced by {@link cymru.gofal.casework.internal.WorkTrays} (a practitioner asking for a team's
 * tray is refused with 403).
 */
final class TrayAccess {

    static final String ANY = "hasAnyRole('PRACTITIONER', 'TEAM_MANAGER', 'SENIOR_MANAGER', 'ADMIN')";

    private TrayAccess() {
    }
}
