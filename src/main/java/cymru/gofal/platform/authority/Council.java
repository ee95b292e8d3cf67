package cymru.gofal.platform.authority;

/** A council (local authority) and the statutory regime it works under. */
public record Council(long id, String code, String nameEn, String nameCy, String regime, int version) {

    public String name(java.util.Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }
}
