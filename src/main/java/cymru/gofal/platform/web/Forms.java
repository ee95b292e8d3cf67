package cymru.gofal.platform.web;

import java.util.List;

import org.springframework.stereotype.Component;

/** Helpers templates call as {@code ${@forms.hasError(errors, 'from')}}. */
@Component("forms")
public class Forms {

    public boolean hasError(List<FormError> errors, String field) {
        return FormDates.hasError(errors, field);
    }

    /** The ids a field's aria-describedby lists (its hint and, when it has one, its error), or null for none. */
    public String describedBy(List<FormError> errors, String field, String hint) {
        String ids = ((hint != null ? field + "-hint " : "") + (hasError(errors, field) ? field + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }
}
