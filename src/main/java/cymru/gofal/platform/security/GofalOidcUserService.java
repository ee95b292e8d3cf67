package cymru.gofal.platform.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Maps a person the OIDC provider has signed in to their Gofal account by username: the claim named by
 * {@code gofal.security.oidc.username-claim} (default {@code preferred_username}). No claim, no account, or a
 * disabled or locked account: no entry.
 */
class GofalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final UserAccounts accounts;
    private final String usernameClaim;

    GofalOidcUserService(UserAccounts accounts, String usernameClaim) {
        this.accounts = accounts;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = provider.loadUser(request);
        return toGofalUser(oidc);
    }

    OidcUser toGofalUser(OidcUser oidc) {
        String username = oidc.getClaimAsString(usernameClaim);
        if (username == null || username.isBlank()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("no_username",
                    "The provider sent no " + usernameClaim + " claim", null));
        }
        GofalUser account = accounts.findByUsername(username)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("no_gofal_account",
                        "There is no Gofal account for " + username, null)));
        if (!account.isEnabled() || !account.isAccountNonLocked()) {
            throw new OAuth2AuthenticationException(new OAuth2Error("account_unavailable",
                    "The Gofal account " + username + " is disabled or locked", null));
        }
        return new GofalOidcUser(account, oidc);
    }
}
