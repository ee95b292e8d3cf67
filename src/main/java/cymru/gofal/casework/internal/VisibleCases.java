package cymru.gofal.casework.internal;

import org.springframework.stereotype.Component;

import cymru.gofal.people.People;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.NotFoundException;

/**
 * Need-to-know for cases: a case exists for the signed-in user only when it is their council's and they may see its
 * person. Otherwise it is not found (404), never "forbidden", which would say it exists.
 */
@Component
public class VisibleCases {

    private final CaseStore store;
    private final People people;

    VisibleCases(CaseStore store, People people) {
        this.store = store;
        this.people = people;
    }

    public CaseRow require(long id) {
        return store.findVisible(id, people.visibility()).orElseThrow(() -> new NotFoundException("No case " + id));
    }

    /** The case, which must still be open: a closed case takes no allocation, transfer, note or change. */
    public CaseRow requireOpen(long id, String field) {
        CaseRow c = require(id);
        if (!c.open()) {
            throw CaseConflict.closed(field);
        }
        return c;
    }

    static long authorityId() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
