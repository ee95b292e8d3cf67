package cymru.gofal.platform.audit;

import java.time.Instant;

/** One row of the audit log as read back (for the search page and the chain check). */
public record AuditRecord(long seq, Instant occurredAt, Long authorityId, String username, String userRole,
        String action, String recordType, String recordId, Long personId, String reason, String requestId,
        String prevHash, String hash) {
}
