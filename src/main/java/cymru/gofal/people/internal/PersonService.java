package cymru.gofal.people.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * The person register's use cases for the signed-in user: find, view, record and correct people. Every read and
 * write of a person is audited in the same transaction; a person the user may not know of is "not found".
 */
@Service
public class PersonService {

    /** The most people a search shows; the page says when there may be more. */
    public static final int RESULTS = 25;
    /** Name score a record needs to be offered as a possible duplicate (same date of birth, or none recorded). */
    static final double LIKELY_MATCH = 0.8;

    private final Viewers viewers;
    private final PersonStore people;
    private final PersonSearch search;
    private final AddressStore addresses;
    private final RelationshipStore relationships;
    private final AccessStore access;
    private final MergeStore merges;
    private final IdentifierStore identifiers;
    private final AuditLog audit;

    PersonService(Viewers viewers, PersonStore people, PersonSearch search, AddressStore addresses, RelationshipStore relationships,
            AccessStore access, MergeStore merges, IdentifierStore identifiers, AuditLog audit) {
        this.identifiers = identifiers;
        this.viewers = viewers;
        this.people = people;
        this.search = search;
        this.addresses = addresses;
        this.relationships = relationships;
        this.access = access;
        this.merges = merges;
        this.audit = audit;
    }

    @PreAuthorize(PeopleAccess.READ)
    @Transactional
    public List<PersonMatch> search(SearchQuery query) {
        if (query.isEmpty()) {
            return List.of();
        }
        audit.record(AuditEntry.of(AuditAction.SEARCH, "person", null));
        return search.search(viewers.current(), query, RESULTS, 0.5);
    }

    /** The person's whole page; merged records are returned as they are (the caller points to the record kept). */
    @PreAuthorize(PeopleAccess.READ)
    @Transactional
    public PersonPage view(long id) {
        Viewer viewer = viewers.current();
        PersonRecord person = people.findVisible(viewer, id).orElseThrow(() -> new NotFoundException("person " + id));
        audit.record(AuditEntry.of(AuditAction.READ, "person", id).aboutPerson(id));
        boolean owner = person.restricted() && access.isOwner(viewer, id);
        return new PersonPage(person, people.names(id), identifiers.of(id), addresses.of(id), relationships.of(viewer, id), owner,
                owner ? access.entries(id) : List.of(), owner ? access.breakGlass(id) : List.of(), merges.involving(viewer, id));
    }

    /** The person's own row, visible or not found, without auditing: for checks before an audited write. */
    PersonRecord require(Viewer viewer, long id) {
        return people.findVisible(viewer, id).orElseThrow(() -> new NotFoundException("person " + id));
    }

    /**
     * People already recorded who are probably this one: the same NHS number, or a close name with the same
     * date of birth (or with none recorded on either side).
     */
    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public List<PersonMatch> likelyMatches(PersonDetails d, Long except) {
        Viewer viewer = viewers.current();
        Map<Long, PersonMatch> found = new LinkedHashMap<>();
        if (d.nhsNumber() != null) {
            search.search(viewer, new SearchQuery(null, null, d.nhsNumber()), RESULTS, 0).forEach(m -> found.putIfAbsent(m.id(), m));
        }
        String name = d.givenNames() + " " + d.familyName();
        for (PersonMatch m : search.search(viewer, new SearchQuery(name, null, null), RESULTS * 4, LIKELY_MATCH)) {
            boolean sameBirth = d.dateOfBirth() == null || m.dateOfBirth() == null || m.dateOfBirth().equals(d.dateOfBirth())
                    || (m.dateOfBirthEstimated() || d.dateOfBirthEstimated()) && Math.abs(m.dateOfBirth().getYear() - d.dateOfBirth().getYear()) <= 2;
            if (sameBirth) {
                found.putIfAbsent(m.id(), m);
            }
        }
        if (except != null) {
            found.remove(except);
        }
        audit.record(AuditEntry.of(AuditAction.SEARCH, "person", null).because("duplicate check"));
        return new ArrayList<>(found.values()).subList(0, Math.min(found.size(), RESULTS));
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public long create(PersonDetails d) {
        Viewer viewer = viewers.current();
        long id = people.insert(viewer.authorityId(), d, viewer.username());
        audit.record(AuditEntry.of(AuditAction.CREATE, "person", id).aboutPerson(id));
        return id;
    }

    /** Saves corrected details; {@link StaleVersionException} when someone else saved since {@code version} was read. */
    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public void update(long id, int version, PersonDetails d) {
        Viewer viewer = viewers.current();
        PersonRecord current = require(viewer, id);
        if (current.mergedInto() != null) {
            throw new NotFoundException("person " + id + " was merged");
        }
        if (!people.update(id, version, d, viewer.username())) {
            throw new StaleVersionException("person " + id + " changed since version " + version);
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "person", id).aboutPerson(id));
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public boolean moveTo(long id, AddressStore.AddressInput address) {
        Viewer viewer = viewers.current();
        requireCurrent(viewer, id);
        boolean moved = addresses.moveTo(id, address, viewer.username());
        if (moved) {
            audit.record(AuditEntry.of(AuditAction.UPDATE, "person_address", id).aboutPerson(id));
        }
        return moved;
    }

    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public void addName(long id, String kind, String given, String family) {
        Viewer viewer = viewers.current();
        requireCurrent(viewer, id);
        people.addName(id, kind, given, family, viewer.username());
        audit.record(AuditEntry.of(AuditAction.UPDATE, "person_name", id).aboutPerson(id));
    }

    /** Adds an identifier of a known scheme; false when the person has it already. */
    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public boolean addIdentifier(long id, String scheme, String value) {
        Viewer viewer = viewers.current();
        requireCurrent(viewer, id);
        boolean added = identifiers.add(id, scheme, value, viewer.username());
        if (added) {
            audit.record(AuditEntry.of(AuditAction.UPDATE, "person_identifier", id).aboutPerson(id));
        }
        return added;
    }

    /** Records "id is kind of related"; false when it is recorded already. Both people must be visible. */
    @PreAuthorize(PeopleAccess.WRITE)
    @Transactional
    public boolean relate(long id, long relatedId, RelationshipKind kind, String note, java.time.LocalDate from) {
        Viewer viewer = viewers.current();
        if (id == relatedId) {
            return false;
        }
        requireCurrent(viewer, Math.min(id, relatedId)); // lower id first: two people relating the same pair cannot deadlock
        requireCurrent(viewer, Math.max(id, relatedId));
        boolean added = relationships.add(viewer.authorityId(), id, relatedId, kind, note, from, viewer.username());
        if (added) {
            audit.record(AuditEntry.of(AuditAction.CREATE, "person_relationship", id).aboutPerson(id));
            audit.record(AuditEntry.of(AuditAction.CREATE, "person_relationship", relatedId).aboutPerson(relatedId));
        }
        return added;
    }

    /**
     * The person, locked against concurrent changes to them (a merge, another address, another name) until the
     * transaction ends, and not merged.
     */
    private PersonRecord requireCurrent(Viewer viewer, long id) {
        people.lock(id);
        PersonRecord p = require(viewer, id);
        if (p.mergedInto() != null) {
            throw new NotFoundException("person " + id + " was merged");
        }
        return p;
    }
}
