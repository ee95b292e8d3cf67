package cymru.gofal.people.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import cymru.gofal.workforce.Workforce;

/** Teams of a user, from the workforce module: a team on a restricted record's access list opens it to its members. */
@Component
class WorkforceTeams implements TeamsOfUser {

    private final Workforce workforce;

    WorkforceTeams(Workforce workforce) {
        this.workforce = workforce;
    }

    @Override
    public List<Long> teamIdsOf(long authorityId, String username) {
        return workforce.teamIdsOf(authorityId, username);
    }
}
