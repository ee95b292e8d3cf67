package cymru.gofal.intake;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Contacts and what came of them: turnings aside with reason and check-back, referrals, and re-contact within the window. */
@IntegrationTest
class ContactsAndTurnedAsideTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void eachTurningAsideOutcomeOfAContactRecordsTheReasonAndACheckBackDate() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long person = f.person("1948-05-05");
        String reason = ",\"outcomeReason\":\"Advice on a blue badge was enough\"";
        long advice = f.contact(person, "2026-06-01T10:00:00+01:00", "INFORMATION_ADVICE", reason);
        long signposted = f.contact(person, "2026-06-02T10:00:00+01:00", "SIGNPOSTED", reason + ",\"signpostedTo\":\"AGE_CYMRU\"");
        long nothing = f.contact(person, "2026-06-03T10:00:00+01:00", "NO_FURTHER_ACTION", reason);
        for (long id : new long[] {advice, signposted, nothing}) {
            var row = jdbc.sql("SELECT outcome, reason, check_back_due, turned_aside_on FROM turned_aside WHERE origin = 'CONTACT' AND origin_id = ?")
                    .param(id).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class)}).single();
            assertThat(row[1]).isEqualTo("Advice on a blue badge was enough");
            assertThat((LocalDate) row[2]).isEqualTo(((LocalDate) row[3]).plusMonths(3));
        }
        assertThat(jdbc.sql("SELECT signposted_to FROM turned_aside WHERE origin = 'CONTACT' AND origin_id = ?").param(signposted)
                .query(String.class).single()).isEqualTo("AGE_CYMRU");
    }

    @Test
    void aReferredContactMakesAReferralAndASafeguardingConcernAFlaggedOne() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        long person = f.person("1948-05-05");
        String referral = ",\"source\":\"SELF\",\"priority\":\"HIGH\",\"screeningTeamId\":" + team;
        String body = mvc.perform(post("/api/contacts").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content(IntakeFixture.contactJson(person, "2026-11-02T10:00:00Z", "REFERRED", referral)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long referralId = ((Number) JsonPath.read(body, "$.referralId")).longValue();
        mvc.perform(get("/api/referrals/" + referralId).with(DemoLogins.as("practitioner")))
                .andExpect(jsonPath("$.safeguarding").value(false)).andExpect(jsonPath("$.priority").value("HIGH"))
                .andExpect(jsonPath("$.reReferral").value(false));
        String concern = mvc.perform(post("/api/contacts").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content(IntakeFixture.contactJson(person, "2026-11-03T10:00:00Z", "SAFEGUARDING", referral)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/referrals/" + JsonPath.read(concern, "$.referralId")).with(DemoLogins.as("practitioner")))
                .andExpect(jsonPath("$.safeguarding").value(true)).andExpect(jsonPath("$.reReferral").value(true));
        assertThat(jdbc.sql("SELECT count(*) FROM turned_aside WHERE person_id = ?").param(person).query(Long.class).single()).isZero();
    }

    @Test
    void anAdultsContactNeedsWhatMattersAndEachOutcomeItsDetailsOrNothingIsRecorded() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long person = f.person("1948-05-05");
        mvc.perform(post("/api/contacts").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":" + person + ",\"party\":\"FAMILY\",\"partyPhone\":\"<script>\",\"method\":\"PIGEON\","
                                + "\"receivedAt\":\"yesterday\",\"reason\":\"Help\",\"outcome\":\"SIGNPOSTED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "partyPhone", "method", "receivedAt", "outcomeReason", "signpostedTo")));
        mvc.perform(post("/api/contacts").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":" + person + ",\"party\":\"SELF\",\"method\":\"PHONE\",\"receivedAt\":\"2026-11-02T10:00:00\","
                                + "\"reason\":\"Help\",\"outcome\":\"REFERRED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "whatMatters", "source", "priority", "screeningTeamId")));
        assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE person_id = ?").param(person).query(Long.class).single()).isZero();
    }

    @Test
    void eachTurningAsideDecisionOfAReferralRecordsThePersonWithTheScreeningTeam() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        for (String outcome : new String[] {"INFORMATION_ADVICE", "SIGNPOSTED", "NO_FURTHER_ACTION"}) {
            long id = f.referral(f.person("1990-01-01"), team, "2026-11-02T09:00:00Z", "STANDARD");
            mvc.perform(post("/api/referrals/" + id + "/decision").with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"")
                    .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\",\"reason\":\"Not for us\","
                            + "\"signpostedTo\":\"MIND\"}")).andExpect(status().isOk());
            var row = jdbc.sql("SELECT outcome, team_id, signposted_to FROM turned_aside WHERE origin = 'REFERRAL' AND origin_id = ?").param(id)
                    .query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getString(3)}).single();
            assertThat(row[0]).isEqualTo(outcome);
            assertThat(row[1]).isEqualTo(team);
            assertThat(row[2]).isEqualTo(outcome.equals("SIGNPOSTED") ? "MIND" : null);
        }
    }

    @Test
    void aContactOnTheLastDayOfTheSixMonthsCountsAsReContactAndTheDayAfterDoesNot() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        String why = ",\"outcomeReason\":\"Information given\"";
        long back = f.person("1950-01-01");
        long first = f.contact(back, "2026-01-10T10:00:00Z", "INFORMATION_ADVICE", why);
        f.contact(back, "2026-07-10T10:00:00+01:00", "INFORMATION_ADVICE", why);
        long away = f.person("1950-01-01");
        long second = f.contact(away, "2026-01-10T10:00:00Z", "INFORMATION_ADVICE", why);
        f.contact(away, "2026-07-11T10:00:00+01:00", "INFORMATION_ADVICE", why);
        long recent = f.person("1950-01-01");
        long third = f.contact(recent, "2026-11-01T10:00:00Z", "NO_FURTHER_ACTION", why);
        assertThat(recontacted(first)).isEqualTo(new Object[] {true, LocalDate.parse("2026-07-10")});
        assertThat(recontacted(second)).isEqualTo(new Object[] {false, LocalDate.parse("2026-07-10")});
        String page = mvc.perform(get("/intake/turned-aside").param("from", "1/1/2026").param("to", "27/11/2026")
                .with(DemoLogins.as("practitioner"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/intake/turned-aside/" + taId(first)).contains("/intake/turned-aside/" + taId(third));
        mvc.perform(get("/intake/turned-aside/" + taId(first)).param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Yes")));
        mvc.perform(get("/intake/turned-aside/" + taId(third)).param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Not yet known")));
    }

    private Object[] recontacted(long contactId) {
        return jdbc.sql("SELECT recontacted_within_window, recontact_window_end FROM intake_facts_turned_aside WHERE origin = 'CONTACT' AND origin_id = ?")
                .param(contactId).query((rs, n) -> new Object[] {rs.getBoolean(1), rs.getObject(2, LocalDate.class)}).single();
    }

    private long taId(long contactId) {
        return jdbc.sql("SELECT id FROM turned_aside WHERE origin = 'CONTACT' AND origin_id = ?").param(contactId).query(Long.class).single();
    }
}
