package cymru.gofal.people.internal;

import java.util.Locale;

/** A kind of relationship, worded from each side: "parent of" one way, "child of" the other. */
public record RelationshipKind(String code, String nameEn, String nameCy, String inverseEn, String inverseCy, boolean symmetric) {

    /** The wording from the first person's side, or from the other person's when {@code inverse}. */
    public String name(Locale locale, boolean inverse) {
        boolean cy = "cy".equals(locale.getLanguage());
        if (inverse) {
            return cy ? inverseCy : inverseEn;
        }
        return cy ? nameCy : nameEn;
    }
}
