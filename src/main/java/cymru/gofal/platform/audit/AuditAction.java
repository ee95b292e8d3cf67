package cymru.gofal.platform.audit;

/** What was done to a record. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    BREAK_GLASS,
    SIGN_IN,
    SIGN_IN_FAILED,
    ACCOUNT_LOCKED,
    SIGN_OUT
}
