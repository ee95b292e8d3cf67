package cymru.gofal.platform.security;

/**
 * The roles of Gofal's users. Each user has one. Method rules name them as {@code hasRole('PRACTITIONER')}
 * and so on; the message key {@code role.<NAME>} gives the role's name in English and Welsh.
 */
public enum Role {
    PRACTITIONER,
    TEAM_MANAGER,
    SENIOR_MANAGER,
    QA_OFFICER,
    FINANCE_OFFICER,
    REVIEWER,
    COUNCILLOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
