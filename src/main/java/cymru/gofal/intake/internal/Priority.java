package cymru.gofal.intake.internal;

import java.util.Locale;

/** A referral priority: its rank (1 = most urgent) and the timescale rule of its response. */
public record Priority(String code, String nameEn, String nameCy, int rank, String ruleCode) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }
}
