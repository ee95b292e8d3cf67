package cymru.gofal.platform.security;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S7: sign-in, lock-out after 5 failures for 15 minutes (with a moved clock), new session id, sign-out. */
@IntegrationTest
class SignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void correctPasswordSignsInAndGoesHome() throws Exception {
        mvc.perform(formLogin("/sign-in").user("team.manager").password(DemoLogins.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void wrongPasswordSaysSoWithoutSayingWhetherTheUserExists() throws Exception {
        mvc.perform(formLogin("/sign-in").user("nobody-at-all").password("x")).andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(formLogin("/sign-in").user("reviewer").password("wrong")).andExpect(redirectedUrl("/sign-in?error"));
        accounts.recordSuccess("reviewer");
    }

    @Test
    void fiveFailedSignInsLockTheAccountForFifteenMinutesEvenWithTheRightPassword() throws Exception {
        accounts.createIfAbsent(1, "lockout.test", "Lockout Test", Role.PRACTITIONER, DemoLogins.PASSWORD);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/sign-in").user("lockout.test").password("wrong")).andExpect(redirectedUrl("/sign-in?error"));
        }
        assertThat(accounts.findByUsername("lockout.test").orElseThrow().isAccountNonLocked()).isTrue();
        mvc.perform(formLogin("/sign-in").user("lockout.test").password("wrong")).andExpect(redirectedUrl("/sign-in?locked"));
        mvc.perform(formLogin("/sign-in").user("lockout.test").password(DemoLogins.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?locked"));
        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin("/sign-in").user("lockout.test").password(DemoLogins.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?locked"));
        clock.advance(Duration.ofMinutes(2));
        mvc.perform(formLogin("/sign-in").user("lockout.test").password(DemoLogins.PASSWORD)).andExpect(redirectedUrl("/"));
        int audited = jdbc.sql("SELECT count(*) FROM audit_log WHERE username = 'lockout.test' AND action = 'ACCOUNT_LOCKED'")
                .query(Integer.class).single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void lockOutLooksTheSameForAUsernameThatHasNoAccount() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/sign-in").user("no.such.person").password("wrong")).andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(formLogin("/sign-in").user("no.such.person").password("wrong")).andExpect(redirectedUrl("/sign-in?locked"));
    }

    @Test
    void emptyFieldsAskForTheUsernameAndPassword() throws Exception {
        mvc.perform(formLogin("/sign-in").user("").password("")).andExpect(redirectedUrl("/sign-in?missing"));
    }

    @Test
    void anApiCallsSuccessDoesNotClearFailedSignIns() throws Exception {
        accounts.createIfAbsent(1, "basic.reset.test", "Basic Reset Test", Role.ADMIN, DemoLogins.PASSWORD);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/sign-in").user("basic.reset.test").password("guess-" + i));
        }
        mvc.perform(get("/api/me").with(DemoLogins.as("basic.reset.test"))).andExpect(status().isOk());
        mvc.perform(formLogin("/sign-in").user("basic.reset.test").password("guess-5")).andExpect(redirectedUrl("/sign-in?locked"));
    }

    @Test
    void anUnauthenticatedApiCallStartsNoSession() throws Exception {
        var response = mvc.perform(get("/api/me")).andExpect(status().isUnauthorized()).andReturn().getResponse();
        assertThat(response.getCookie("GOFAL_SESSION")).isNull();
    }

    @Test
    void aSuccessResetsTheFailureCount() throws Exception {
        accounts.createIfAbsent(1, "reset.test", "Reset Test", Role.PRACTITIONER, DemoLogins.PASSWORD);
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/sign-in").user("reset.test").password("wrong"));
        }
        mvc.perform(formLogin("/sign-in").user("reset.test").password(DemoLogins.PASSWORD)).andExpect(redirectedUrl("/"));
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/sign-in").user("reset.test").password("wrong"));
        }
        mvc.perform(formLogin("/sign-in").user("reset.test").password(DemoLogins.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() throws Exception {
        var first = mvc.perform(get("/sign-in")).andExpect(status().isOk()).andReturn().getResponse();
        Cookie before = first.getCookie("GOFAL_SESSION");
        assertThat(before).as("a session exists before sign-in (it holds the CSRF token)").isNotNull();
        MvcResult signedIn = mvc.perform(post("/sign-in").cookie(before).with(csrf())
                        .param("username", "practitioner").param("password", DemoLogins.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        Cookie after = signedIn.getResponse().getCookie("GOFAL_SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
        mvc.perform(get("/").cookie(before).accept("text/html")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(post("/sign-out").cookie(after).with(csrf()).accept("text/html")).andExpect(redirectedUrl("/sign-in?signedOut"));
        mvc.perform(get("/").cookie(after).accept("text/html")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void sessionsExpireAfterThirtyMinutesIdle(
            @Autowired org.springframework.session.SessionRepository<? extends org.springframework.session.Session> sessions) {
        assertThat(sessions.createSession().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/").accept("text/html")).andExpect(redirectedUrl("/sign-in"));
    }
}
