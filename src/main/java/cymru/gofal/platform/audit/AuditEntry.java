package cymru.gofal.platform.audit;

/**
 * One access to record for the audit log: the action, the kind and id of the record, the person the
 * record is about (when it is about one) and the reason, where the user was asked for one.
 */
public record AuditEntry(AuditAction action, String recordType, String recordId, Long personId, String reason) {

    public static AuditEntry of(AuditAction action, String recordType, Object recordId) {
        return new AuditEntry(action, recordType, recordId == null ? null : String.valueOf(recordId), null, null);
    }

    public AuditEntry aboutPerson(long personId) {
        return new AuditEntry(action, recordType, recordId, personId, reason);
    }

    public AuditEntry because(String why) {
        return new AuditEntry(action, recordType, recordId, personId, why);
    }
}
