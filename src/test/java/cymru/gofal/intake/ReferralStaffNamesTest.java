package cymru.gofal.intake;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.people.PeopleFixture;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The referral page says who recorded and who decided by their staff names; a username without a staff record shows as it is. */
@IntegrationTest
class ReferralStaffNamesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theReferralPageNamesWhoRecordedAndDecidedIt() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        long referral = f.referral(f.person("1949-09-09"), team, "2026-11-02T10:00:00Z", "STANDARD");
        mvc.perform(post("/intake/referrals/" + referral + "/decision").param("outcome", "NO_FURTHER_ACTION").param("decisionReason", "Managing")
                .param("version", "0").with(DemoLogins.as("team.manager")).with(csrf())).andExpect(status().is3xxRedirection());
        String username = "decider." + PeopleFixture.unique();
        String family = "Decider" + PeopleFixture.unique();
        jdbc.sql("""
                INSERT INTO staff (authority_id, username, given_names, family_name, role, team_id, hours_per_week, started_on, created_by, updated_by)
                VALUES (1, ?, 'Siân', ?, 'TEAM_MANAGER', ?, 37, DATE '2020-01-01', 'test', 'test')""").params(username, family, team).update();
        String recorder = "recorder." + PeopleFixture.unique();
        jdbc.sql("UPDATE referral SET decided_by = ?, recorded_by = ? WHERE id = ?").params(username, recorder, referral).update();
        String page = mvc.perform(get("/intake/referrals/" + referral).param("lang", "en").with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("by Siân " + family).contains("id=\"recorded-by\">" + recorder + "<").doesNotContain(username);
    }
}
