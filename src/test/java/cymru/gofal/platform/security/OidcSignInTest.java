package cymru.gofal.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** OIDC replaces form sign-in by configuration alone (README: "Signing in through an OIDC provider"). */
@SpringBootTest(properties = {
        "gofal.security.oidc.enabled=true",
        "spring.security.oauth2.client.registration.gofal.client-id=gofal",
        "spring.security.oauth2.client.registration.gofal.client-secret=secret",
        "spring.security.oauth2.client.registration.gofal.client-name=Council SSO",
        "spring.security.oauth2.client.registration.gofal.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.gofal.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.gofal.scope=openid,profile",
        "spring.security.oauth2.client.registration.gofal.provider=council",
        "spring.security.oauth2.client.provider.council.authorization-uri=https://sso.council.invalid/auth",
        "spring.security.oauth2.client.provider.council.token-uri=https://sso.council.invalid/token",
        "spring.security.oauth2.client.provider.council.jwk-set-uri=https://sso.council.invalid/jwks",
        "spring.security.oauth2.client.provider.council.user-name-attribute=preferred_username"})
@AutoConfigureMockMvc
@Import(TestConfig.class)
class OidcSignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @Test
    void theSignInPageOffersTheProviderInsteadOfAPasswordForm() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sign in with Council SSO"),
                        containsString("/oauth2/authorization/gofal"), not(containsString("id=\"password\"")))));
    }

    @Test
    void signingInGoesToTheProvider() throws Exception {
        mvc.perform(get("/oauth2/authorization/gofal")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("https://sso.council.invalid/auth?")));
    }

    @Test
    void aProviderUserGetsTheRoleAndCouncilOfTheirGofalAccount() {
        GofalOidcUserService service = new GofalOidcUserService(accounts, "preferred_username");
        OidcUser signedIn = service.toGofalUser(providerUser("team.manager"));
        assertThat(signedIn).isInstanceOf(GofalUser.class);
        GofalUser user = (GofalUser) signedIn;
        assertThat(user.role()).isEqualTo(Role.TEAM_MANAGER);
        assertThat(user.authorityId()).isEqualTo(1);
        assertThat(signedIn.getAuthorities().stream().map(a -> a.getAuthority()).toList()).containsExactly("ROLE_TEAM_MANAGER");
    }

    @Test
    void aProviderUserWithoutAGofalAccountIsRefused() {
        GofalOidcUserService service = new GofalOidcUserService(accounts, "preferred_username");
        assertThatThrownBy(() -> service.toGofalUser(providerUser("stranger")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void theBasicChallengeIsOffWhenPeopleSignInThroughTheProvider() throws Exception {
        mvc.perform(get("/api/council").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("admin", cymru.gofal.support.DemoLogins.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    private static OidcUser providerUser(String username) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                Map.of("sub", "subject-" + username, "preferred_username", username, "iss", "https://sso.council.invalid"));
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token, "preferred_username");
    }
}
