package cymru.gofal.people.web;

import java.util.Locale;

import org.springframework.stereotype.Component;

import cymru.gofal.people.NhsNumbers;
import cymru.gofal.people.internal.ReferenceData;

/** Formatting for person pages ({@code @peopleFormat}): NHS numbers 3-3-4, relationship kinds from either side. */
@Component("peopleFormat")
class PeopleFormat {

    private final ReferenceData reference;
    private final org.springframework.context.MessageSource messages;
    private final cymru.gofal.platform.web.Dates dates;

    PeopleFormat(ReferenceData reference, org.springframework.context.MessageSource messages, cymru.gofal.platform.web.Dates dates) {
        this.reference = reference;
        this.messages = messages;
        this.dates = dates;
    }

    public String nhs(String digits) {
        return NhsNumbers.formatted(digits);
    }

    /** The current address on one line, or null when there is none. */
    public String currentAddress(java.util.List<cymru.gofal.people.internal.AddressStore.Address> addresses) {
        return addresses.stream().filter(cymru.gofal.people.internal.AddressStore.Address::current).findFirst()
                .map(a -> a.line1() + (a.line2() == null ? "" : ", " + a.line2()) + ", " + a.town() + (a.postcode() == null ? "" : ", " + a.postcode()))
                .orElse(null);
    }

    /** What tells a search result apart from its namesakes: date of birth, NHS number, town. */
    public String describe(cymru.gofal.people.internal.PersonMatch m, Locale locale) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        parts.add(m.dateOfBirth() == null ? messages.getMessage("people.notRecorded", null, locale)
                : messages.getMessage("people.bornOn", new Object[] {dates.date(m.dateOfBirth())}, locale));
        if (m.nhsNumber() != null) {
            parts.add(messages.getMessage("people.nhsNumber", null, locale) + " " + NhsNumbers.formatted(m.nhsNumber()));
        }
        if (m.town() != null) {
            parts.add(m.town());
        }
        return String.join(", ", parts);
    }

    public String scheme(String code, Locale locale) {
        return reference.identifierSchemes().stream().filter(s -> s.code().equals(code)).findFirst().map(s -> s.name(locale)).orElse(code);
    }

    public String kind(String code, boolean inverse, Locale locale) {
        return reference.relationshipKind(code).map(k -> k.name(locale, inverse)).orElse(code);
    }
}
