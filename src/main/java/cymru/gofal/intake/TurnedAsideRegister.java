package cymru.gofal.intake;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.intake.internal.TurnedAsideStore;

/**
 * Intake's face for recording people turned aside, used by intake itself and by the assessment module for its
 * not-eligible and needs-met-otherwise outcomes. The check-back date comes from the rule TURNED_ASIDE_CHECK_BACK
 * of the council's regime. Runs in the caller's transaction; audited as a CREATE about the person.
 */
@Service
public class TurnedAsideRegister {

    private final TurnedAsideStore store;

    TurnedAsideRegister(TurnedAsideStore store) {
        this.store = store;
    }

    /**
     * Records the turning aside, or answers the id already recorded for the same origin (idempotent).
     *
     * @throws IllegalArgumentException when the reason is blank (unknown codes are refused by the database)
     */
    @PreAuthorize("hasAnyRole('PRACTITIONER','TEAM_MANAGER','SENIOR_MANAGER','ADMIN')")
    @Transactional
    public long record(TurnedAside turnedAside) {
        return store.record(turnedAside);
    }
}
