package cymru.gofal.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * S4: every state-changing endpoint refuses a request from a signed-in browser session that carries no
 * CSRF token, or a wrong one. Walks all non-GET mappings, plus sign-in and sign-out.
 */
@IntegrationTest
class CsrfProtectionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    List<RequestMappingHandlerMapping> mappings;

    private final GofalUser admin = new GofalUser(1, 1, "admin", "x", "Admin", Role.ADMIN, "en", true, true);

    @Test
    void everyStateChangingEndpointRefusesAMissingOrWrongCsrfToken() throws Exception {
        List<String[]> targets = new ArrayList<>();
        targets.add(new String[] {"POST", "/sign-in"});
        targets.add(new String[] {"POST", "/sign-out"});
        for (RequestMappingHandlerMapping mapping : mappings) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                if (!e.getValue().getMethod().getDeclaringClass().getName().startsWith("cymru.gofal.")) {
                    continue;
                }
                for (RequestMethod m : e.getKey().getMethodsCondition().getMethods()) {
                    if (m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS) {
                        for (String path : e.getKey().getPatternValues()) {
                            targets.add(new String[] {m.name(), path.replaceAll("\\{[^}]+}", "1")});
                        }
                    }
                }
            }
        }
        assertThat(targets).hasSizeGreaterThan(5);
        for (String[] t : targets) {
            int missing = mvc.perform(request(HttpMethod.valueOf(t[0]), t[1]).with(user(admin)).cookie(session))
                    .andReturn().getResponse().getStatus();
            int wrong = mvc.perform(request(HttpMethod.valueOf(t[0]), t[1]).with(user(admin)).cookie(session)
                    .with(csrf().useInvalidToken())).andReturn().getResponse().getStatus();
            int otherCredentials = mvc.perform(request(HttpMethod.valueOf(t[0]), t[1]).with(user(admin)).cookie(session)
                    .header("Authorization", "Bearer something")).andReturn().getResponse().getStatus();
            // Refused: the API answers 403; a page sends the person to sign in again (their session has ended).
            int refused = t[1].startsWith("/api/") ? 403 : 302;
            assertThat(missing).as(t[0] + " " + t[1] + " without a CSRF token").isEqualTo(refused);
            assertThat(wrong).as(t[0] + " " + t[1] + " with a wrong CSRF token").isEqualTo(refused);
            assertThat(otherCredentials).as(t[0] + " " + t[1] + " with a session and a non-Basic Authorization header")
                    .isEqualTo(refused);
            if (refused == 302) {
                assertThat(mvc.perform(request(HttpMethod.valueOf(t[0]), t[1]).with(user(admin)).cookie(session))
                        .andReturn().getResponse().getRedirectedUrl()).endsWith("/sign-in?expired");
            }
        }
    }

    /** A browser session's cookie: what makes cross-site requests dangerous. */
    private final jakarta.servlet.http.Cookie session = new jakarta.servlet.http.Cookie("GOFAL_SESSION",
            java.util.Base64.getEncoder().encodeToString("00000000-0000-0000-0000-000000000000".getBytes()));
}
