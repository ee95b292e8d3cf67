package cymru.gofal.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One assessment (row of {@code assessment}). {@code status} is AWAITING_ALLOCATION, ALLOCATED, COMPLETED (awaiting a
 * manager's sign-off) or SIGNED_OFF. {@code dueOn} came from the type's rule on the council's calendar when it was
 * opened, counted from {@code clockStart}.
 */
public record Assessment(long id, long authorityId, long personId, String regime, String typeCode, Long referralId,
        Long followsId, long teamId, Long staffId, Instant allocatedAt, String allocatedBy, LocalDate clockStart,
        LocalDate dueOn, String ruleCode, LocalDate startedOn, LocalDate completedOn, String completedBy,
        Instant signedOffAt, String signedOffBy, String signedOffRole, Boolean childSeen, LocalDate childSeenOn,
        Boolean childSeenAlone, String childNotSeenReason, String views, String summary, String status, int version) {

    public static final String AWAITING_ALLOCATION = "AWAITING_ALLOCATION";
    public static final String ALLOCATED = "ALLOCATED";
    public static final String COMPLETED = "COMPLETED";
    public static final String SIGNED_OFF = "SIGNED_OFF";

    public boolean open() {
        return completedOn == null;
    }

    /** Whether it was (or, while open, still can be) completed in time. */
    public boolean inTime(LocalDate today) {
        return !(completedOn == null ? today : completedOn).isAfter(dueOn);
    }
}
