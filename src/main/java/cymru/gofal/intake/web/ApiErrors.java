package cymru.gofal.intake.web;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.FormError;

/** Turns the checks' {@link FormError}s into the API's 400 problem naming each field, in the caller's language. */
@Component
class ApiErrors {

    private final ApiParams params;

    ApiErrors(ApiParams params) {
        this.params = params;
    }

    void check(List<FormError> errors, Locale locale) {
        ApiParams.Check check = params.check(locale);
        errors.forEach(e -> check.add(e.field(), e.messageKey(), e.args()));
        check.done();
    }
}
