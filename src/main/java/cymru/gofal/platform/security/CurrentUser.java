package cymru.gofal.platform.security;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the current request, when one is signed in. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<GofalUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof GofalUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user's name, or {@code anonymous}. */
    public static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "anonymous" : auth.getName();
    }
}
