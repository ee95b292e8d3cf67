package cymru.gofal.planning.internal;

import java.util.Locale;

/** A row of a reference list: its code and its names in English and Welsh. */
public record Named(String code, String nameEn, String nameCy) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }
}
