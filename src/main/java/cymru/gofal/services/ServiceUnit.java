package cymru.gofal.services;

import java.util.Locale;

/** A unit services are counted in (hour, day, night...). */
public record ServiceUnit(String code, String nameEn, String nameCy) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }
}
