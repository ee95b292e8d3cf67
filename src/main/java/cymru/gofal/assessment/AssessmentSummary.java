package cymru.gofal.assessment;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An assessment as other modules see it.
 *
 * @param status           AWAITING_ALLOCATION, ALLOCATED, COMPLETED (awaiting sign-off) or SIGNED_OFF
 * @param caredForPersonId for a carer's assessment, the person cared for
 */
public record AssessmentSummary(long id, long personId, String regime, String typeCode, String typeNameEn,
        String typeNameCy, String clientGroup, long teamId, Long staffId, Long referralId, LocalDate clockStart,
        LocalDate completedOn, String status, Long caredForPersonId) {

    public String typeName(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? typeNameCy : typeNameEn;
    }

    public boolean completed() {
        return completedOn != null;
    }
}
