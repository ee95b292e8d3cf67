package cymru.gofal.workforce;

import java.util.Locale;

/** A team of a council: its id, its code (unique in the council) and its name in English and Welsh. */
public record TeamRef(long id, String code, String nameEn, String nameCy) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }
}
