package cymru.gofal.assessment;

import java.util.Locale;

/** A need recorded on an assessment: its domain, whether it was eligible, and the reasoning. */
public record AssessedNeed(long id, long assessmentId, String domainCode, String domainNameEn, String domainNameCy,
        boolean eligible, String reasoning) {

    public String domainName(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? domainNameCy : domainNameEn;
    }
}
