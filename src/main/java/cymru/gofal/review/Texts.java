package cymru.gofal.review;

import java.util.Locale;

/** Picks the Welsh or English of a text pair; a missing Welsh text falls back to the English. */
public final class Texts {

    private Texts() {
    }

    public static String pick(Locale locale, String en, String cy) {
        return locale != null && "cy".equals(locale.getLanguage()) && cy != null && !cy.isBlank() ? cy : en;
    }
}
