package cymru.gofal.workforce.internal;

import java.util.Locale;

/** An entry of a reference list (team kind, role, skill...): its code and its name in English and Welsh. */
public record Named(String code, String nameEn, String nameCy) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }
}
