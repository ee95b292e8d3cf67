package cymru.gofal.planning.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The managers' view of reviews in some teams, as of a day: overdue (longest overdue first), due in the coming weeks,
 * and per team the reviews held in the last year and how many of them on time. Restricted people the viewer may not
 * see are absent from every list and count.
 */
public record ReviewBoard(LocalDate today, LocalDate soonUntil, LocalDate heldSince, List<ReviewListed> overdue,
        List<ReviewListed> dueSoon, List<TeamHeld> held) {

    /** Reviews of one team held since {@code heldSince}; onTime: held on or before the day due. */
    public record TeamHeld(long teamId, long held, long onTime) {
        /** Whole percent held on time, or null when none was held. */
        public Long percentOnTime() {
            return held == 0 ? null : Math.round(100.0 * onTime / held);
        }
    }
}
