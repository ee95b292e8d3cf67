package cymru.gofal.planning.web;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cymru.gofal.planning.internal.ReviewAccess;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.security.Role;

/**
 * What the signed-in user may do with reviews, so the page shows the form only to those who can use it
 * ({@code @reviewRights.write()}). Read from the {@link ReviewAccess} rule the service enforces; hiding a form is not
 * the access rule.
 */
@Component("reviewRights")
class ReviewRights {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    private final Set<Role> write = ROLE.matcher(ReviewAccess.WRITE).results().map(r -> Role.valueOf(r.group(1)))
            .collect(Collectors.toUnmodifiableSet());

    public boolean write() {
        return CurrentUser.get().map(u -> write.contains(u.role())).orElse(false);
    }
}
