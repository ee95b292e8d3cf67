package cymru.gofal.platform.security;

import java.io.Serial;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as Spring Security holds it: the account's id, council, name, role and language. */
public class GofalUser extends User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final long authorityId;
    private final String displayName;
    private final Role role;
    private final String locale;

    public GofalUser(long id, long authorityId, String username, String passwordHash, String displayName, Role role,
            String locale, boolean enabled, boolean nonLocked) {
        super(username, passwordHash, enabled, true, true, nonLocked,
                List.of(new SimpleGrantedAuthority(role.authority())));
        this.id = id;
        this.authorityId = authorityId;
        this.displayName = displayName;
        this.role = role;
        this.locale = locale;
    }

    public long id() {
        return id;
    }

    public long authorityId() {
        return authorityId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public String locale() {
        return locale;
    }
}
