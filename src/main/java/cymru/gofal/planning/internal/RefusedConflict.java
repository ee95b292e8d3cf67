package cymru.gofal.planning.internal;

import java.util.List;

import cymru.gofal.platform.web.FormError;

/**
 * A change refused because of the record's state rather than the input (a direct payment already offered on the plan,
 * perhaps by someone else a moment ago): pages show it like any refusal, the API answers 409 naming the field.
 */
public class RefusedConflict extends Refused {

    public RefusedConflict(String field, String key, Object... args) {
        super(List.of(new FormError(field, key, args)), true);
    }
}
