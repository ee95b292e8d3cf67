package cymru.gofal.intake;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.platform.work.WorkCount;
import cymru.gofal.platform.work.WorkItem;
import cymru.gofal.platform.work.WorkScope;
import cymru.gofal.platform.work.WorkSource;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S2 for intake: contacts and referrals about a restricted person are 404 and absent from lists, counts and work. */
@IntegrationTest
class RestrictedIntakeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<WorkSource> sources;
    @Autowired
    UserDetailsService users;

    @Test
    void aRestrictedPersonsIntakeIsInvisibleToThoseNotOnTheList() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        long hidden = f.person("1977-07-07");
        long open = f.person("1977-07-07");
        long hiddenReferral = f.referral(hidden, team, "2026-11-02T09:00:00Z", "URGENT");
        long openReferral = f.referral(open, team, "2026-11-02T09:00:00Z", "URGENT");
        long hiddenContact = f.contact(hidden, "2026-11-02T09:00:00Z", "NO_FURTHER_ACTION", ",\"outcomeReason\":\"Wrong number\"");
        mvc.perform(put("/api/people/" + hidden + "/restriction").with(DemoLogins.as("team.manager")).header("If-Match", "*")
                .contentType(MediaType.APPLICATION_JSON).content("{\"restricted\":true,\"usernames\":[\"qa.officer\"]}")).andExpect(status().isOk());

        mvc.perform(get("/api/referrals/" + hiddenReferral).with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/contacts/" + hiddenContact).with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/intake/referrals/" + hiddenReferral).with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/intake/people/" + hidden + "/panel").with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/referrals").param("status", "awaiting-decision").param("team", String.valueOf(team))
                        .with(DemoLogins.as("practitioner")))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].referral.id").value(openReferral));
        mvc.perform(get("/api/referrals/" + hiddenReferral).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk());
        mvc.perform(get("/api/referrals").param("status", "awaiting-decision").param("team", String.valueOf(team))
                .with(DemoLogins.as("qa.officer"))).andExpect(jsonPath("$.length()").value(2));

        long taId = jdbc.sql("SELECT id FROM turned_aside WHERE origin = 'CONTACT' AND origin_id = ?").param(hiddenContact).query(Long.class).single();
        jdbc.sql("UPDATE turned_aside SET team_id = ? WHERE id = ?").params(team, taId).update();
        WorkScope scope = WorkScope.teams(1, List.of(team), false, LocalDate.of(2026, 11, 27));
        assertThat(work("practitioner", scope)).extracting(WorkItem::recordId).containsExactly(openReferral);
        assertThat(count("practitioner", scope)).isEqualTo(new WorkCount(1, 1));
        assertThat(work("qa.officer", scope)).extracting(WorkItem::kindKey)
                .containsExactlyInAnyOrder("intake.work.referralResponse", "intake.work.referralResponse", "intake.work.checkBack");
        assertThat(count("qa.officer", WorkScope.worker(1, 1, LocalDate.of(2026, 11, 27)))).isEqualTo(new WorkCount(0, 0));
    }

    private List<WorkItem> work(String username, WorkScope scope) {
        return as(username, () -> sources.stream().filter(s -> s.getClass().getName().contains("intake"))
                .flatMap(s -> s.open(scope, 10).stream()).toList());
    }

    private WorkCount count(String username, WorkScope scope) {
        return as(username, () -> sources.stream().filter(s -> s.getClass().getName().contains("intake")).map(s -> s.count(scope))
                .reduce(new WorkCount(0, 0), WorkCount::plus));
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
