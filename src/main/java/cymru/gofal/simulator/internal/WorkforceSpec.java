package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What to generate for a council's workforce: {@code staff} members in post (leavers come on top), from which
 * seed, as at which date, and the staff records that belong to sign-in accounts (the demo users).
 */
public record WorkforceSpec(CouncilProfile council, long seed, int staff, LocalDate asOf, List<Account> accounts) {

    /** A sign-in account that is a member of staff: placed in this team, in this role, under this name. */
    public record Account(String username, String givenNames, String familyName, String team, String role) {
    }

    public WorkforceSpec {
        accounts = List.copyOf(accounts);
    }
}
