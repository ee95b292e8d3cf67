package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What to generate for one council: how many people, from which seed, as at which date (ages and histories are
 * counted back from it, never from the clock, so that a seed always gives the same people), how many restricted
 * records and who may see them (usernames, and team codes the writer turns into team ids).
 */
public record PopulationSpec(CouncilProfile council, long seed, int people, LocalDate asOf, int restricted,
        List<String> accessUsernames, List<String> accessTeams) {

    public PopulationSpec {
        if (people < 1) {
            throw new IllegalArgumentException("at least one person");
        }
        accessUsernames = List.copyOf(accessUsernames);
        accessTeams = List.copyOf(accessTeams);
    }

    /** Restricted records are spread evenly through the council: every (people / restricted)th person. */
    boolean isRestricted(int index) {
        if (restricted <= 0) {
            return false;
        }
        int interval = Math.max(1, people / restricted);
        return index % interval == interval / 2 && index / interval < restricted;
    }
}
