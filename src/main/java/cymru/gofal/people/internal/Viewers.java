package cymru.gofal.people.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.GofalUser;
import cymru.gofal.platform.security.Role;

/** The {@link Viewer} for the signed-in user. */
@Component
public class Viewers {

    private final Clock clock;
    private final TeamsOfUser teams;

    Viewers(Clock clock, TeamsOfUser teams) {
        this.clock = clock;
        this.teams = teams;
    }

    /**
     * The signed-in user as a viewer; a REVIEWER sees people only through grants (see {@link Viewer}). Within a web request their teams are looked up once (a page that lists people
     * from several modules asks many times); the time is taken afresh on every call, so break-glass expiry is exact.
     */
    public Viewer current() {
        GofalUser user = CurrentUser.get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
        List<Long> teamIds = teamsOf(user);
        return new Viewer(user.authorityId(), user.getUsername(), teamIds, clock.instant(), user.role() == Role.REVIEWER);
    }

    private static final String REQUEST_KEY = Viewers.class.getName() + ".teams";

    @SuppressWarnings("unchecked")
    private List<Long> teamsOf(GofalUser user) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = REQUEST_KEY + ":" + user.authorityId() + ":" + user.getUsername();
        if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof List<?> cached) {
            return (List<Long>) cached;
        }
        List<Long> teamIds = List.copyOf(teams.teamIdsOf(user.authorityId(), user.getUsername()));
        if (request != null) {
            request.setAttribute(key, teamIds, RequestAttributes.SCOPE_REQUEST);
        }
        return teamIds;
    }
}
