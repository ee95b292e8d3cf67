package cymru.gofal.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.platform.web.FormError;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What a duty worker and a manager see on intake's forms and pages: one control a field, dates that make sense, plain wording. */
@IntegrationTest
class IntakeFormsAndWordingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void eachListOnTheContactAndDecisionFormsIsOneDropDown() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long person = f.person("1950-05-05");
        String form = page("/intake/contacts/new?person=" + person, "practitioner");
        for (String field : new String[] {"method", "signpostedTo", "source", "priority", "screeningTeamId"}) {
            assertThat(count(form, "name=\"" + field + "\"")).as(field).isEqualTo(1);
        }
        long referral = f.referral(person, f.team(), "2026-11-02T10:00:00Z", "STANDARD");
        String decision = page("/intake/referrals/" + referral, "team.manager");
        assertThat(count(decision, "name=\"signpostedTo\"")).isEqualTo(1);
        assertThat(count(decision, "name=\"assessmentTeamId\"")).isEqualTo(1);
    }

    @Test
    void nothingIsReceivedAboutAPersonBeforeTheyWereBornUnlessTheDateIsAnExpectedOne() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long child = f.person("2024-06-01");
        mvc.perform(post("/api/contacts").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content(IntakeFixture.contactJson(child, "2020-01-01T10:00:00Z", "NO_FURTHER_ACTION", ",\"outcomeReason\":\"x\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
        mvc.perform(post("/api/referrals").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content(IntakeFixture.referralJson(child, f.team(), "2024-05-31T10:00:00Z", "STANDARD")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
        MvcResult page = mvc.perform(post("/intake/contacts").param("person", String.valueOf(child)).param("party", "SELF")
                        .param("method", "PHONE").param("receivedDate", "1/1/2020").param("receivedTime", "10:00").param("reason", "Asked for help")
                        .param("outcome", "NO_FURTHER_ACTION").param("outcomeReason", "None needed")
                        .with(DemoLogins.as("practitioner")).with(csrf()))
                .andExpect(redirectedUrl("/intake/contacts/new?person=" + child)).andReturn();
        @SuppressWarnings("unchecked")
        List<FormError> errors = (List<FormError>) page.getFlashMap().get("errors");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("receivedDate");
            assertThat(e.messageKey()).isEqualTo("intake.error.receivedAt.beforeBirth");
            assertThat(e.args()).containsExactly("1/6/2024");
        });
        jdbc.sql("UPDATE person SET date_of_birth_estimated = TRUE WHERE id = ?").param(child).update();
        f.referral(child, f.team(), "2024-05-31T10:00:00Z", "STANDARD");
    }

    @Test
    void aDecisionToAssessSaysWhichTeamHasTheAssessmentAndLinksToIt() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        long person = f.person("1948-02-02");
        long referral = f.referral(person, team, "2026-11-02T10:00:00Z", "HIGH");
        String name = jdbc.sql("SELECT name_en FROM team WHERE id = ?").param(team).query(String.class).single();
        mvc.perform(post("/intake/referrals/" + referral + "/decision").param("outcome", "ASSESSMENT").param("assessmentTeamId", "" + team)
                        .param("decisionReason", "Needs assessing").param("version", "0").with(DemoLogins.as("team.manager")).with(csrf()))
                .andExpect(flash().attribute("saved", "intake.decision.savedAssessment"))
                .andExpect(flash().attribute("savedArgs", new Object[] {name}));
        assertThat(page("/intake/referrals/" + referral, "team.manager")).contains("id=\"assessment-on-record\"")
                .contains("href=\"/assessments?referral=" + referral + "\"");
        long assessment = jdbc.sql("SELECT id FROM assessment WHERE referral_id = ?").param(referral).query(Long.class).single();
        mvc.perform(get("/assessments").param("referral", "" + referral).with(DemoLogins.as("qa.officer")))
                .andExpect(redirectedUrl("/assessments/" + assessment));
        assertThat(page("/assessments/" + assessment, "team.manager")).contains("href=\"/intake/referrals/" + referral + "\"");
        long other = f.referral(f.person("1947-03-03"), team, "2026-11-02T11:00:00Z", "HIGH");
        mvc.perform(post("/intake/referrals/" + other + "/decision").param("outcome", "NO_FURTHER_ACTION").param("decisionReason", "Managing")
                        .param("version", "0").with(DemoLogins.as("team.manager")).with(csrf()))
                .andExpect(flash().attribute("saved", "intake.decision.savedTurnedAside"));
        assertThat(page("/intake/referrals/" + other, "team.manager")).doesNotContain("assessment-on-record");
        mvc.perform(get("/assessments").param("referral", "" + other).with(DemoLogins.as("team.manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/assessments").param("referral", "x").with(DemoLogins.as("team.manager"))).andExpect(status().isNotFound());
        jdbc.sql("UPDATE person SET restricted = TRUE WHERE id = ?").param(person).update();
        mvc.perform(get("/assessments").param("referral", "" + referral).with(DemoLogins.as("qa.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/assessments").param("referral", "" + referral).with(DemoLogins.as("finance.officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theContactFormsErrorSummaryListsErrorsInTheOrderOfTheFormsFields() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long person = f.person("1950-05-05");
        String form = page("/intake/contacts/new?person=" + person, "practitioner");
        List<String> order = Pattern.compile("name=\"(\\w+)\"").matcher(form).results().map(m -> m.group(1)).distinct().toList();
        MvcResult result = mvc.perform(post("/intake/contacts").param("person", String.valueOf(person)).param("party", "FAMILY")
                        .param("partyPhone", "x").param("method", "").param("receivedDate", "31/2/2026").param("receivedTime", "25:00")
                        .param("reason", "").param("outcome", "REFERRED").param("source", "").param("priority", "").param("screeningTeamId", "")
                        .with(DemoLogins.as("practitioner")).with(csrf()))
                .andExpect(redirectedUrl("/intake/contacts/new?person=" + person)).andReturn();
        @SuppressWarnings("unchecked")
        List<String> fields = ((List<FormError>) result.getFlashMap().get("errors")).stream().map(FormError::field).toList();
        assertThat(fields).containsExactly("partyPhone", "method", "receivedDate", "receivedTime", "reason", "source", "priority",
                "screeningTeamId");
        assertThat(fields).allMatch(order::contains).isSortedAccordingTo(java.util.Comparator.comparingInt(order::indexOf));
    }

    @Test
    void recordNumbersAreNotGroupedAndOneDayIsOneDay() {
        assertThat(messages.getMessage("intake.referral.title", new Object[] {12345L}, Locale.UK)).isEqualTo("Referral 12345");
        assertThat(messages.getMessage("intake.contact.link", new Object[] {3742L}, Locale.forLanguageTag("cy"))).isEqualTo("Cyswllt 3742");
        assertThat(messages.getMessage("intake.waited", new Object[] {1, 1L}, Locale.UK)).isEqualTo("1 working day (1 calendar day)");
        assertThat(messages.getMessage("intake.waited", new Object[] {0, 0L}, Locale.UK)).isEqualTo("0 working days (0 calendar days)");
        assertThat(messages.getMessage("intake.waited", new Object[] {1200, 1700L}, Locale.UK)).isEqualTo("1,200 working days (1,700 calendar days)");
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(DemoLogins.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
