package cymru.gofal.workforce.web;

import java.util.List;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.ApiParams;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.workforce.internal.Problem;

/** Turns the workforce's problems into page errors or API problems. */
final class Problems {

    private Problems() {
    }

    static List<FormError> forPage(List<Problem> problems) {
        return problems.stream().map(p -> new FormError(p.field(), p.key(), p.args())).toList();
    }

    /** Adds the problems to the API check, and throws the 400 if there are any now. */
    static void forApi(ApiParams.Check check, List<Problem> problems) {
        problems.forEach(p -> check.add(p.field(), p.key(), p.args()));
        check.done();
    }

    static long authorityId() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
