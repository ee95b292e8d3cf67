package cymru.gofal.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * Adding and changing members of staff, keeping their postings in step (see V4__workforce.sql). Changes are
 * optimistically locked: a change made from an old version throws {@link StaleVersionException} and writes
 * nothing. Rules that need stored records throw {@link Problem.Violation}. Every change is audited.
 */
@Service
public class StaffChanges {

    private final StaffQueries queries;
    private final StaffWriter writer;
    private final Teams teams;
    private final StaffDirectory directory;
    private final AuditLog audit;

    StaffChanges(StaffQueries queries, StaffWriter writer, Teams teams, StaffDirectory directory, AuditLog audit) {
        this.queries = queries;
        this.writer = writer;
        this.teams = teams;
        this.directory = directory;
        this.audit = audit;
    }

    private static Problem.Violation usernameTaken() {
        return new Problem.Violation("username", Inputs.key("username", "taken"));
    }

    @Transactional
    public long create(long authorityId, StaffDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.teamId() == null || !teams.isActiveTeam(authorityId, draft.teamId())) {
            problems.add(new Problem("teamId", Inputs.key("teamId", "unknown")));
        }
        if (draft.username() != null && queries.usernameTaken(authorityId, draft.username(), null)) {
            problems.add(new Problem("username", Inputs.key("username", "taken")));
        }
        if (!problems.isEmpty()) {
            throw new Problem.Violation(problems);
        }
        String user = CurrentUser.username();
        long id;
        try {
            id = writer.insert(authorityId, draft, user);
        } catch (DuplicateKeyException e) {
            throw usernameTaken(); // taken between the check above and the insert
        }
        writer.replaceSkills(id, draft.skills(), user);
        writer.replaceQualifications(id, draft.qualifications(), user);
        writer.openPosting(authorityId, id, draft.teamId(), draft.startedOn(), draft.hoursPerWeek(), user);
        audit.record(AuditEntry.of(AuditAction.CREATE, "staff", id));
        return id;
    }

    /**
     * Changes the details of a member of staff (not their team: see {@link StaffMoves#move}). A change of hours
     * while in post starts a new posting today, so that past days keep the hours worked then.
     */
    @Transactional
    public void update(long authorityId, long id, int expectedVersion, StaffDraft draft) {
        StaffDetail current = require(authorityId, id, expectedVersion);
        List<Problem> problems = new ArrayList<>();
        if (draft.username() != null && queries.usernameTaken(authorityId, draft.username(), id)) {
            problems.add(new Problem("username", Inputs.key("username", "taken")));
        }
        if (current.leftOn() != null && draft.startedOn().isAfter(current.leftOn())) {
            problems.add(new Problem("startedOn", Inputs.key("startedOn", "afterLeaving")));
        }
        var first = writer.firstPosting(id).orElseThrow();
        if (first.toDate() != null && draft.startedOn().isAfter(first.toDate())) {
            problems.add(new Problem("startedOn", Inputs.key("startedOn", "afterFirstPosting")));
        }
        if (!problems.isEmpty()) {
            throw new Problem.Violation(problems);
        }
        String user = CurrentUser.username();
        boolean updated;
        try {
            updated = writer.update(authorityId, id, expectedVersion, draft, user);
        } catch (DuplicateKeyException e) {
            throw usernameTaken();
        }
        if (!updated) {
            throw new StaleVersionException("Staff " + id + " is no longer at version " + expectedVersion);
        }
        if (!draft.startedOn().equals(current.startedOn())) {
            writer.startPostingOn(first.id(), draft.startedOn());
        }
        writer.replaceSkills(id, draft.skills(), user);
        writer.replaceQualifications(id, draft.qualifications(), user);
        if (current.hoursPerWeek().compareTo(draft.hoursPerWeek()) != 0) {
            changeHours(authorityId, id, draft, user);
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "staff", id));
    }

    private void changeHours(long authorityId, long id, StaffDraft draft, String user) {
        LocalDate today = directory.today();
        writer.openPosting(id).ifPresent(open -> {
            if (open.fromDate().isBefore(today)) {
                writer.closePosting(open.id(), today.minusDays(1));
                writer.openPosting(authorityId, id, open.teamId(), today, draft.hoursPerWeek(), user);
            } else {
                writer.changePosting(open.id(), null, draft.hoursPerWeek());
            }
        });
    }

    /** The member of staff at {@code expectedVersion}; 404 when not in this council, stale when changed since. */
    StaffDetail require(long authorityId, long id, int expectedVersion) {
        StaffDetail current = queries.detail(authorityId, id, directory.today())
                .orElseThrow(() -> new NotFoundException("No staff " + id));
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("Staff " + id + " is no longer at version " + expectedVersion);
        }
        return current;
    }
}
