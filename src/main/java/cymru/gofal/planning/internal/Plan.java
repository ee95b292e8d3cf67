package cymru.gofal.planning.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A care and support plan or carer's support plan (a row of care_plan). version is the optimistic lock every change
 * names and bumps; changed says the live content differs from the last agreed version.
 */
public record Plan(long id, long authorityId, long personId, long caseId, Long assessmentId, String kind,
        Long caredForPersonId, String status, int agreedVersions, boolean changed, LocalDate firstAgreedOn,
        LocalDate reviewOn, LocalDate endedOn, String endReason, int version, Instant createdAt, String createdBy) {

    public static final String CARE_AND_SUPPORT = "CARE_AND_SUPPORT";
    public static final String CARER_SUPPORT = "CARER_SUPPORT";

    public boolean ended() {
        return "ENDED".equals(status);
    }

    public boolean carers() {
        return CARER_SUPPORT.equals(kind);
    }
}
