package cymru.gofal.people.internal;

import java.util.Locale;

/**
 * One entry of a reference list (an ethnic group, an identifier scheme) with its English and Welsh names, and
 * the heading it is listed under where the list has headings (the census groups); null otherwise.
 */
public record Choice(String code, String groupEn, String groupCy, String nameEn, String nameCy) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }

    public String group(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? groupCy : groupEn;
    }
}
