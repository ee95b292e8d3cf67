package cymru.gofal.intake.internal;

import java.util.Locale;

/** One entry of a reference list (a data table with name_en/name_cy): its code and names. */
public record Choice(String code, String nameEn, String nameCy) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }
}
