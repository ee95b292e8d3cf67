package cymru.gofal.people.web;

import java.util.Set;

import org.springframework.stereotype.Component;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;

/**
 * What the signed-in user may do in the person register, for templates to show only the links they can use
 * ({@code @peopleRights.write()}). The services check again: hiding a link is not the access rule.
 */
@Component("peopleRights")
class PeopleRights {

    boolean has(Set<Role> roles) {
        return CurrentUser.get().map(u -> roles.contains(u.role())).orElse(false);
    }

    public boolean write() {
        return has(Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.ADMIN));
    }

    public boolean restrict() {
        return has(Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.ADMIN));
    }

    public boolean breakGlass() {
        return has(Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER));
    }

    public boolean merge() {
        return has(Set.of(Role.TEAM_MANAGER, Role.ADMIN));
    }
}
