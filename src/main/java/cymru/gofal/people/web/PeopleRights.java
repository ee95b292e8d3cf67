package cymru.gofal.people.web;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cymru.gofal.people.internal.PeopleAccess;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;

/**
 * What the signed-in user may do in the person register, for templates to show only the links they can use
 * ({@code @peopleRights.write()}). The roles are read from the {@link PeopleAccess} rules the services enforce,
 * so a link and its rule cannot disagree; hiding a link is not the access rule.
 */
@Component("peopleRights")
class PeopleRights {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    private final Set<Role> write = roles(PeopleAccess.WRITE);
    private final Set<Role> restrict = roles(PeopleAccess.RESTRICT);
    private final Set<Role> breakGlass = roles(PeopleAccess.BREAK_GLASS);
    private final Set<Role> merge = roles(PeopleAccess.MERGE);

    /** The roles a {@code hasAnyRole('A','B')} rule names. */
    static Set<Role> roles(String rule) {
        Matcher m = ROLE.matcher(rule);
        return m.results().map(r -> Role.valueOf(r.group(1))).collect(Collectors.toUnmodifiableSet());
    }

    private static boolean has(Set<Role> roles) {
        return CurrentUser.get().map(u -> roles.contains(u.role())).orElse(false);
    }

    public boolean write() {
        return has(write);
    }

    public boolean restrict() {
        return has(restrict);
    }

    public boolean breakGlass() {
        return has(breakGlass);
    }

    public boolean merge() {
        return has(merge);
    }
}
