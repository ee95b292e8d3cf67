package cymru.gofal.casework.web;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cymru.gofal.casework.internal.CaseAccess;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;

/**
 * What the signed-in user may do with cases, so templates show only the forms they can use ({@code @caseRights.manage()}).
 * Read from the {@link CaseAccess} rules the services enforce; hiding a form is not the access rule.
 */
@Component("caseRights")
class CaseRights {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    private final Set<Role> write = roles(CaseAccess.WRITE);
    private final Set<Role> manage = roles(CaseAccess.MANAGE);

    static Set<Role> roles(String rule) {
        return ROLE.matcher(rule).results().map(r -> Role.valueOf(r.group(1))).collect(Collectors.toUnmodifiableSet());
    }

    public boolean write() {
        return CurrentUser.get().map(u -> write.contains(u.role())).orElse(false);
    }

    public boolean manage() {
        return CurrentUser.get().map(u -> manage.contains(u.role())).orElse(false);
    }
}
