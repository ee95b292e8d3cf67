package cymru.gofal.assessment.internal;

import org.springframework.stereotype.Component;

import cymru.gofal.people.People;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.NotFoundException;

/**
 * Need-to-know for assessments: an assessment exists for the signed-in user only when it is their council's and
 * they may see its person. Otherwise it is not found (404), never "forbidden", which would say it exists.
 */
@Component
public class Visible {

    private final AssessmentStore store;
    private final People people;
    private final AssessmentTypes types;

    Visible(AssessmentStore store, People people, AssessmentTypes types) {
        this.store = store;
        this.people = people;
        this.types = types;
    }

    public Assessment require(long id) {
        return store.findVisible(id, people.visibility()).orElseThrow(() -> new NotFoundException("No assessment " + id));
    }

    public AssessmentType type(Assessment a) {
        return types.find(a.regime(), a.typeCode()).orElseThrow();
    }

    static long authorityId() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
