package cymru.gofal.people;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.internal.PeopleDirectory;

/**
 * The person register's face to other modules: the people a signed-in user may see, and need-to-know as SQL for
 * their own lists. A person the user may not know of is simply absent (empty), never an error that says it exists.
 * Every person handed out is audited as a READ about that person, in the caller's transaction.
 */
@Service
public class People {

    private final PeopleDirectory directory;

    People(PeopleDirectory directory) {
        this.directory = directory;
    }

    /** The person, when the signed-in user may see them (a merged record answers as the record it was merged into). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Optional<PersonRef> find(long personId) {
        return directory.find(List.of(personId)).values().stream().findFirst();
    }

    /** Those of {@code personIds} the signed-in user may see, keyed by the id asked for, in the order asked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Map<Long, PersonRef> findAll(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return new LinkedHashMap<>();
        }
        return directory.find(personIds);
    }

    /**
     * The people recorded as current carers of {@code personId} ("Carer of" them, no end date) whom the user may see,
     * for offering carers' assessments. Empty when the person is not visible.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<PersonRef> carersOf(long personId) {
        return directory.carersOf(personId);
    }

    /**
     * Whether someone else (a member of staff, by sign-in username, null without one, and current teams) may see the
     * person, by the same rule as the signed-in user: for handing work about a restricted person only to staff who
     * may open it. Answers false for a person the signed-in user may not see either (it says nothing about them).
     */
    @PreAuthorize("isAuthenticated()")
    public boolean mayBeSeenBy(long personId, String username, List<Long> teamIds) {
        return directory.mayBeSeenBy(personId, username, teamIds);
    }

    /** Need-to-know for the signed-in user as an SQL predicate over a person id column. Not audited: it reveals nothing. */
    @PreAuthorize("isAuthenticated()")
    public PersonVisibility visibility() {
        return directory.visibility();
    }
}
