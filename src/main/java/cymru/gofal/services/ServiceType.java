package cymru.gofal.services;

import java.util.Locale;

/** A type of service in the catalogue. serviceArea ADULTS, CHILDREN or ALL; defaultUnit a service_unit code. */
public record ServiceType(String code, String nameEn, String nameCy, String serviceArea, String defaultUnit) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }

    public boolean forArea(String area) {
        return "ALL".equals(serviceArea) || serviceArea.equals(area);
    }
}
