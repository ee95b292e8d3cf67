package cymru.gofal.people.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;

/** The {@link Viewer} for the signed-in user. */
@Component
public class Viewers {

    private final Clock clock;
    private final TeamsOfUser teams;

    Viewers(Clock clock, TeamsOfUser teams) {
        this.clock = clock;
        this.teams = teams;
    }

    public Viewer current() {
        GofalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
        List<Long> teamIds = teams.teamIdsOf(user.authorityId(), user.getUsername());
        return new Viewer(user.authorityId(), user.getUsername(), teamIds, clock.instant());
    }
}
