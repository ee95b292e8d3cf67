package cymru.gofal.platform.audit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cymru.gofal.platform.audit.AuditSearch;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;

/**
 * The audit search form as typed. Dates are accepted as 27/11/2026 or 2026-11-27; each bad field gets an
 * error (a message key and the field id) for the GOV.UK error summary.
 */
record AuditSearchForm(String person, String user, String from, String to) {

    boolean submitted() {
        return person != null || user != null || from != null || to != null;
    }

    Parsed parse() {
        List<FormError> errors = new ArrayList<>();
        Long personId = null;
        if (person != null && !person.isBlank()) {
            try {
                personId = Long.parseLong(person.trim());
                if (personId <= 0) {
                    errors.add(new FormError("person", "audit.error.person"));
                }
            } catch (NumberFormatException e) {
                errors.add(new FormError("person", "audit.error.person"));
            }
        }
        if (user != null && user.length() > 200) {
            errors.add(new FormError("user", "audit.error.user"));
        }
        LocalDate fromDate = FormDates.parse("from", from, false, "audit.from.error", 1900, 2999, errors);
        LocalDate toDate = FormDates.parse("to", to, false, "audit.to.error", 1900, 2999, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FormError("to", "audit.error.toBeforeFrom"));
        }
        return new Parsed(new AuditSearch.Criteria(personId, user, fromDate, toDate), errors);
    }

    record Parsed(AuditSearch.Criteria criteria, List<FormError> errors) {
    }
}
