package cymru.gofal.casework.internal;

import java.util.List;
import java.util.Map;

import cymru.gofal.people.PersonRef;
import cymru.gofal.workforce.TeamRef;

/**
 * Everything the case page shows: the case, its person, complexity and needs, its allocation history, transfers and
 * notes (current versions with their earlier ones), and the names of the staff, teams and users it mentions.
 *
 * @param current    the allocation that gave the case its current worker; null while unallocated
 * @param staffNames staff id to name; teams: team id to team; userNames: sign-in username to name
 */
public record CaseFile(CaseRow c, PersonRef person, CaseReference.Complexity complexity, List<CaseReference.NeedType> needs,
        List<CaseHistory.Allocation> allocations, List<CaseHistory.Transfer> transfers, List<CaseHistory.NoteThread> notes,
        CaseHistory.Allocation current, Map<Long, String> staffNames, Map<Long, TeamRef> teams, Map<String, String> userNames,
        Map<String, CaseReference.Named> noteTypes, Map<String, CaseReference.Named> closureReasons) {

    public String staffName(Long staffId) {
        return staffId == null ? null : staffNames.getOrDefault(staffId, String.valueOf(staffId));
    }

    public String teamName(long teamId, java.util.Locale locale) {
        TeamRef t = teams.get(teamId);
        return t == null ? String.valueOf(teamId) : t.name(locale);
    }

    public String userName(String username) {
        return username == null ? null : userNames.getOrDefault(username, username);
    }
}
