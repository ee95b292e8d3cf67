package cymru.gofal.workforce;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import cymru.gofal.workforce.internal.StaffDirectory;
import cymru.gofal.workforce.internal.StaffProfiles;
import cymru.gofal.workforce.internal.Teams;

/**
 * The workforce module's face to other modules: a council's teams, and who a signed-in user is as a member of
 * staff. Names are personal data: {@link #staffByUsername} is audited; {@link #teamIdsOf} answers ids only.
 */
@Service
public class Workforce {

    private final StaffDirectory directory;
    private final Teams teams;
    private final StaffProfiles profiles;

    Workforce(StaffDirectory directory, Teams teams, StaffProfiles profiles) {
        this.directory = directory;
        this.teams = teams;
        this.profiles = profiles;
    }

    /**
     * Staff in post today whose current team is {@code teamId}, with what case allocation needs to know (skills,
     * registration, qualifying day, Welsh, capacity, whether their role holds cases). Audited as a SEARCH.
     */
    @PreAuthorize("isAuthenticated()")
    public List<StaffProfile> profilesOfTeam(long authorityId, long teamId) {
        return profiles.inTeam(authorityId, teamId);
    }

    /** The profiles of the members of staff with these ids in the council, in post or not. Audited as a SEARCH. */
    @PreAuthorize("isAuthenticated()")
    public List<StaffProfile> profiles(long authorityId, java.util.Collection<Long> staffIds) {
        return profiles.byIds(authorityId, staffIds);
    }

    /**
     * The teams the member of staff with this sign-in username is posted to today (usually one; empty when the
     * username is not a member of staff of this council, or they have left). Case-insensitive.
     */
    @PreAuthorize("isAuthenticated()")
    public List<Long> teamIdsOf(long authorityId, String username) {
        return directory.teamIdsOf(authorityId, username);
    }

    /** The council's active teams, by English name. */
    @PreAuthorize("isAuthenticated()")
    public List<TeamRef> teams(long authorityId) {
        return teams.refs(authorityId);
    }

    /** Staff in post today whose current team is {@code teamId} (for allocating work). Audited as a SEARCH. */
    @PreAuthorize("isAuthenticated()")
    public List<StaffRef> staffOfTeam(long authorityId, long teamId) {
        return directory.refsInTeam(authorityId, teamId);
    }

    /** The members of staff with these ids in the council, in post or not (for showing who holds work). Audited as a SEARCH. */
    @PreAuthorize("isAuthenticated()")
    public List<StaffRef> staff(long authorityId, java.util.Collection<Long> staffIds) {
        return directory.refs(authorityId, staffIds);
    }

    /**
     * The names of the staff with these sign-in usernames, for pages that say who did something, keyed by the
     * username as given, in the order given: the member of staff's name, or the username itself when it is not a member
     * of staff (an administrator, the simulator). One query; each staff record named is audited once as a READ.
     */
    @PreAuthorize("isAuthenticated()")
    public java.util.Map<String, String> namesByUsername(long authorityId, java.util.Collection<String> usernames) {
        java.util.Map<String, String> byLower = new java.util.HashMap<>();
        directory.byUsernames(authorityId, usernames).forEach(s -> byLower.put(s.username().toLowerCase(java.util.Locale.ROOT),
                s.displayName()));
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        usernames.stream().filter(java.util.Objects::nonNull).distinct()
                .forEach(u -> names.put(u, byLower.getOrDefault(u.toLowerCase(java.util.Locale.ROOT), u)));
        return names;
    }

    /** The member of staff with this sign-in username (case-insensitive), in post or not. Audited as a READ. */
    @PreAuthorize("isAuthenticated()")
    public Optional<StaffRef> staffByUsername(long authorityId, String username) {
        return directory.byUsername(authorityId, username);
    }
}
