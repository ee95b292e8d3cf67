package cymru.gofal.workforce.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * Leavers and moves between teams. Each closes the open posting (a leaver's on their last day, a mover's the
 * day before the move) so that who was where is known for every day. Optimistically locked and audited.
 */
@Service
public class StaffMoves {

    private final StaffChanges changes;
    private final StaffWriter writer;
    private final Teams teams;
    private final ReferenceData ref;
    private final AuditLog audit;

    StaffMoves(StaffChanges changes, StaffWriter writer, Teams teams, ReferenceData ref, AuditLog audit) {
        this.changes = changes;
        this.writer = writer;
        this.teams = teams;
        this.ref = ref;
        this.audit = audit;
    }

    /** Records that the member of staff left on {@code leftOn} (their last day) for {@code reason}. */
    @Transactional
    public void leave(long authorityId, long id, int expectedVersion, LocalDate leftOn, String reason) {
        StaffDetail current = changes.require(authorityId, id, expectedVersion);
        if (current.hasLeft()) {
            throw new Problem.Violation("leftOn", Inputs.key("leftOn", "alreadyLeft"));
        }
        if (ref.leavingReason(reason).isEmpty()) {
            throw new Problem.Violation("leavingReason", Inputs.key("leavingReason", "required"));
        }
        if (leftOn.isBefore(current.startedOn())) {
            throw new Problem.Violation("leftOn", Inputs.key("leftOn", "beforeStart"));
        }
        var open = writer.openPosting(id).orElseThrow();
        if (leftOn.isBefore(open.fromDate())) {
            throw new Problem.Violation("leftOn", Inputs.key("leftOn", "beforePosting"));
        }
        if (!writer.leave(authorityId, id, expectedVersion, leftOn, reason, CurrentUser.username())) {
            throw new StaleVersionException("Staff " + id + " is no longer at version " + expectedVersion);
        }
        writer.closePosting(open.id(), leftOn);
        audit.record(AuditEntry.of(AuditAction.UPDATE, "staff", id).because("left " + leftOn + " " + reason));
    }

    /** Moves the member of staff to another team from {@code from} (their first day there). */
    @Transactional
    public void move(long authorityId, long id, int expectedVersion, long teamId, LocalDate from) {
        StaffDetail current = changes.require(authorityId, id, expectedVersion);
        if (current.hasLeft()) {
            throw new Problem.Violation("teamId", Inputs.key("teamId", "left"));
        }
        if (!teams.isActiveTeam(authorityId, teamId)) {
            throw new Problem.Violation("teamId", Inputs.key("teamId", "unknown"));
        }
        if (current.team().id() == teamId) {
            throw new Problem.Violation("teamId", Inputs.key("teamId", "same"));
        }
        var open = writer.openPosting(id).orElseThrow();
        if (from.isBefore(open.fromDate())) {
            throw new Problem.Violation("moveOn", Inputs.key("moveOn", "beforePosting"));
        }
        String user = CurrentUser.username();
        if (!writer.changeTeam(authorityId, id, expectedVersion, teamId, user)) {
            throw new StaleVersionException("Staff " + id + " is no longer at version " + expectedVersion);
        }
        if (from.equals(open.fromDate())) {
            writer.changePosting(open.id(), teamId, null);
        } else {
            writer.closePosting(open.id(), from.minusDays(1));
            writer.openPosting(authorityId, id, teamId, from, open.hoursPerWeek(), user);
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "staff", id).because("moved to team " + teamId + " from " + from));
    }
}
