package cymru.gofal.people.web;

import java.util.Locale;

import org.springframework.stereotype.Component;

import cymru.gofal.people.NhsNumbers;
import cymru.gofal.people.internal.ReferenceData;

/** Formatting for person pages ({@code @peopleFormat}): NHS numbers 3-3-4, relationship kinds from either side. */
@Component("peopleFormat")
class PeopleFormat {

    private final ReferenceData reference;

    PeopleFormat(ReferenceData reference) {
        this.reference = reference;
    }

    public String nhs(String digits) {
        return NhsNumbers.formatted(digits);
    }

    public String kind(String code, boolean inverse, Locale locale) {
        return reference.relationshipKind(code).map(k -> k.name(locale, inverse)).orElse(code);
    }
}
