package cymru.gofal.platform.security;

import java.io.Serial;
import java.util.Map;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A user signed in through an OIDC provider: the provider vouches for who they are, their Gofal account
 * says what they may do (role, council, language). Everything that asks for a {@link GofalUser} works the
 * same whichever way they signed in.
 */
class GofalOidcUser extends GofalUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser provider;

    GofalOidcUser(GofalUser account, OidcUser provider) {
        super(account.id(), account.authorityId(), account.getUsername(), "{noop}oidc-no-password", account.displayName(),
                account.role(), account.locale(), account.isEnabled(), account.isAccountNonLocked());
        this.provider = provider;
    }

    @Override
    public Map<String, Object> getClaims() {
        return provider.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return provider.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return provider.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return provider.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
