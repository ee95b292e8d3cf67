package cymru.gofal.people.internal;

import java.util.List;

/** The teams a user works in now, which open the restricted records their team is on the access list of. */
public interface TeamsOfUser {

    List<Long> teamIdsOf(long authorityId, String username);
}
