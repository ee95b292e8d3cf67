package cymru.gofal.workforce.internal;

import java.util.Locale;

/**
 * A staff role: whether it is a qualified social work role (needs Social Care Wales registration as a social
 * worker) and whether people in it hold cases.
 */
public record RoleKind(String code, String nameEn, String nameCy, boolean qualifiedSocialWork, boolean holdsCases) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }

    public Named named() {
        return new Named(code, nameEn, nameCy);
    }
}
