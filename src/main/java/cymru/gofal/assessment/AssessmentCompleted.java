package cymru.gofal.assessment;

import java.time.LocalDate;

/**
 * An assessment was completed. Published inside the transaction that records the completion and handled
 * synchronously (casework opens a case when there is at least one eligible need, in that same transaction), so a
 * person found eligible is never left without a case.
 *
 * @param clientGroup      ADULT, CHILD, CARER or SPECIALIST (assessment_type.client_group)
 * @param serviceArea      ADULTS or CHILDREN: the person's own service area on the day (a carer by their own age)
 * @param referralId       the referral the assessment came from, if any
 * @param staffId          the worker who held it, if allocated
 * @param anyEligible      at least one need recorded was eligible
 * @param caredForPersonId for a carer's assessment, the person cared for; otherwise null
 */
public record AssessmentCompleted(long authorityId, long assessmentId, long personId, String clientGroup,
        String serviceArea, Long referralId, long teamId, Long staffId, LocalDate completedOn, boolean anyEligible,
        Long caredForPersonId, String completedBy) {
}
