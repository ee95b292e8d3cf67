package cymru.gofal.intake;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Intake's pages in both languages: record a contact from a person, screen the referral, check back; errors summarised. */
@IntegrationTest
class IntakePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDutyWorkerRecordsAContactThatBecomesAReferralAndAManagerScreensIt() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        long child = f.person("2014-03-03");
        mvc.perform(get("/intake/contacts/new").with(DemoLogins.as("practitioner"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/people/new")));
        mvc.perform(get("/intake/contacts/new").param("person", String.valueOf(child)).with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"CHILDREN\" checked")));
        mvc.perform(post("/intake/contacts").param("person", String.valueOf(child)).param("outcome", "REFERRED")
                        .with(DemoLogins.as("practitioner")).with(csrf()))
                .andExpect(redirectedUrl("/intake/contacts/new?person=" + child)).andExpect(flash().attributeExists("errors"));
        String location = mvc.perform(post("/intake/contacts").param("person", String.valueOf(child)).param("party", "PROFESSIONAL")
                        .param("partyName", "Mrs Ellis").param("partyOrganisation", "Ysgol Gynradd").param("method", "PHONE")
                        .param("receivedDate", "2/11/2026").param("receivedTime", "9:15").param("reason", "Bruising seen at school\nTwice this week")
                        .param("route", "CHILDREN").param("outcome", "REFERRED").param("source", "EDUCATION").param("priority", "URGENT")
                        .param("screeningTeamId", String.valueOf(team)).with(DemoLogins.as("practitioner")).with(csrf()))
                .andExpect(redirectedUrlPattern("/intake/referrals/*")).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).param("lang", "en").with(DemoLogins.as("team.manager"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bruising seen at school").contains("3 November 2026").contains("id=\"save-decision\"");
        mvc.perform(post(location + "/decision").param("outcome", "ASSESSMENT").param("assessmentTeamId", String.valueOf(team))
                .param("decisionReason", "Needs assessing").param("version", "0").with(DemoLogins.as("team.manager")).with(csrf()))
                .andExpect(redirectedUrl(location)).andExpect(flash().attribute("saved", "intake.decision.savedAssessment"));
        mvc.perform(post(location + "/decision").param("outcome", "NO_FURTHER_ACTION").param("decisionReason", "Late second opinion")
                .param("version", "0").with(DemoLogins.as("senior.manager")).with(csrf()))
                .andExpect(redirectedUrl(location)).andExpect(flash().attributeExists("errors"));
        mvc.perform(get(location).param("lang", "cy").with(DemoLogins.as("team.manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hwyr")));
        mvc.perform(get(location).param("lang", "en").with(DemoLogins.as("team.manager"))).andExpect(status().isOk());
        mvc.perform(get("/intake/people/" + child + "/panel").with(DemoLogins.as("qa.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("intake-panel"))).andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
    }

    @Test
    void theLandingWaitingListAndTurnedAsidePagesShowInBothLanguages() throws Exception {
        for (String lang : new String[] {"en", "cy"}) {
            for (String path : new String[] {"/intake", "/intake/waiting-list", "/intake/turned-aside"}) {
                mvc.perform(get(path).param("lang", lang).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk());
            }
        }
        // The choice of language is saved on the account: leave the demo user in English for other tests.
        mvc.perform(get("/intake/turned-aside").param("from", "30/2/2026").param("lang", "en").with(DemoLogins.as("qa.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(get("/intake").with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
    }

    @Test
    void aCheckBackIsRecordedOnceFromTheVersionReadAndASecondFromTheSamePageIsTold() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long contact = f.contact(f.person("1940-04-04"), "2026-08-01T10:00:00+01:00", "SIGNPOSTED",
                ",\"outcomeReason\":\"Lunch club\",\"signpostedTo\":\"AGE_CYMRU\"");
        long id = jdbc.sql("SELECT id FROM turned_aside WHERE origin = 'CONTACT' AND origin_id = ?").param(contact).query(Long.class).single();
        mvc.perform(post("/intake/turned-aside/" + id + "/check-back").param("checkedBackOn", "1/7/2026").param("checkBackNote", "x")
                        .param("version", "0").with(DemoLogins.as("practitioner")).with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        mvc.perform(post("/intake/turned-aside/" + id + "/check-back").param("checkedBackOn", "20/11/2026").param("checkBackNote", "Goes weekly")
                        .param("version", "0").with(DemoLogins.as("practitioner")).with(csrf()))
                .andExpect(flash().attribute("saved", "intake.checkBack.saved"));
        mvc.perform(post("/intake/turned-aside/" + id + "/check-back").param("checkedBackOn", "21/11/2026").param("checkBackNote", "Other")
                        .param("version", "0").with(DemoLogins.as("team.manager")).with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        assertThat(jdbc.sql("SELECT check_back_note FROM turned_aside WHERE id = ?").param(id).query(String.class).single()).isEqualTo("Goes weekly");
        // The page says who checked back by name where they are staff, else by their sign-in (here: a demo user).
        String page = mvc.perform(get("/intake/turned-aside/" + id).param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String by = jdbc.sql("SELECT coalesce((SELECT given_names || ' ' || family_name FROM staff WHERE lower(username) = 'practitioner' "
                + "AND authority_id = 1), 'practitioner')").query(String.class).single();
        assertThat(page).contains("Goes weekly (" + by + ")");
    }
}
