package cymru.gofal.people.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.NotFoundException;

/**
 * Restricted records. A manager who can see a person may restrict it (they are put on its access list, so they
 * keep seeing it) and name the staff and teams who may see it; to everyone else it does not exist. A manager
 * not on the list may open it by break-glass, giving a reason: the opening is audited, lasts a set time, and
 * the record's owners see it listed on the record.
 */
@Service
public class RestrictionService {

    private final Viewers viewers;
    private final PersonStore people;
    private final AccessStore access;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration breakGlassFor;

    RestrictionService(Viewers viewers, PersonStore people, AccessStore access, AuditLog audit, Clock clock,
            @Value("${gofal.people.break-glass-duration:8h}") Duration breakGlassFor) {
        this.viewers = viewers;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.breakGlassFor = breakGlassFor;
    }

    /** Restricts or lifts the restriction; the version guards against a concurrent change to the person. */
    @PreAuthorize(PeopleAccess.RESTRICT)
    @Transactional
    public void setRestricted(long id, boolean restricted, int version) {
        Viewer viewer = viewers.current();
        PersonRecord p = current(viewer, id);
        if (!people.touch(id, version, viewer.username())) {
            throw new cymru.gofal.platform.web.StaleVersionException("person " + id);
        }
        if (restricted && !p.restricted()) {
            access.add(id, viewer.username(), null, viewer.username());
        }
        access.setRestricted(id, restricted);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "person_restriction", id).aboutPerson(id)
                .because(restricted ? "restricted" : "restriction lifted"));
    }

    /** Restricts (or lifts) and adds usernames to the list, all or nothing. */
    @PreAuthorize(PeopleAccess.RESTRICT)
    @Transactional
    public void restrict(long id, boolean restricted, int version, java.util.List<String> usernames) {
        setRestricted(id, restricted, version);
        usernames.forEach(u -> allow(id, u, null));
    }

    /** Adds a username or a team to the access list; false when already on it. */
    @PreAuthorize(PeopleAccess.RESTRICT)
    @Transactional
    public boolean allow(long id, String username, Long teamId) {
        Viewer viewer = viewers.current();
        current(viewer, id);
        boolean added = access.add(id, username, teamId, viewer.username());
        if (added) {
            audit.record(AuditEntry.of(AuditAction.UPDATE, "person_access", id).aboutPerson(id)
                    .because("allowed " + (username != null ? username : "team " + teamId)));
        }
        return added;
    }

    @PreAuthorize(PeopleAccess.RESTRICT)
    @Transactional
    public boolean disallow(long id, long entryId) {
        Viewer viewer = viewers.current();
        current(viewer, id);
        boolean removed = access.remove(id, entryId);
        if (removed) {
            audit.record(AuditEntry.of(AuditAction.UPDATE, "person_access", id).aboutPerson(id).because("removed access entry " + entryId));
        }
        return removed;
    }

    /**
     * Opens a restricted record for the signed-in manager for the configured time. Answers false, granting
     * nothing, when there is no restricted record with that id in the council that the manager cannot already see.
     */
    @PreAuthorize(PeopleAccess.BREAK_GLASS)
    @Transactional
    public java.util.Optional<java.time.Instant> breakGlass(long id, String reason) {
        Viewer viewer = viewers.current();
        var person = people.findInCouncil(viewer.authorityId(), id);
        if (person.isEmpty() || !person.get().restricted() || people.findVisible(viewer, id).isPresent()) {
            return java.util.Optional.empty();
        }
        java.time.Instant until = clock.instant().plus(breakGlassFor);
        access.grantBreakGlass(id, viewer.username(), reason, until);
        audit.record(AuditEntry.of(AuditAction.BREAK_GLASS, "person", id).aboutPerson(id).because(reason));
        return java.util.Optional.of(until);
    }

    /**
     * Refuses (403) a manager who may see a restricted record only by break-glass: opening a record does not
     * make its access list theirs to change.
     */
    @PreAuthorize(PeopleAccess.RESTRICT)
    @Transactional
    public void requireManager(long id) {
        current(viewers.current(), id);
    }

    public Duration breakGlassDuration() {
        return breakGlassFor;
    }

    private PersonRecord current(Viewer viewer, long id) {
        PersonRecord p = people.findVisible(viewer, id).orElseThrow(() -> new NotFoundException("person " + id));
        if (p.mergedInto() != null) {
            throw new NotFoundException("person " + id + " was merged");
        }
        if (p.restricted() && !access.isOwner(viewer, id)) {
            throw new org.springframework.security.access.AccessDeniedException("not on the access list of person " + id);
        }
        return p;
    }
}
