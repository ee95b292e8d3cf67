package cymru.gofal.planning.web;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cymru.gofal.planning.internal.PlanAccess;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;

/**
 * What the signed-in user may do with plans, so templates show only the forms they can use ({@code @planRights.write()}).
 * Read from the {@link PlanAccess} rules the services enforce; hiding a form is not the access rule.
 */
@Component("planRights")
class PlanRights {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    private final Set<Role> write = roles(PlanAccess.WRITE);
    private final Set<Role> people = roles(PlanAccess.PEOPLE_IN_SUMMARY);

    static Set<Role> roles(String rule) {
        return ROLE.matcher(rule).results().map(r -> Role.valueOf(r.group(1))).collect(Collectors.toUnmodifiableSet());
    }

    public boolean write() {
        return has(write);
    }

    /** May see the people behind the council-wide summaries (not finance). */
    public boolean peopleInSummary() {
        return has(people);
    }

    private static boolean has(Set<Role> roles) {
        return CurrentUser.get().map(u -> roles.contains(u.role())).orElse(false);
    }
}
