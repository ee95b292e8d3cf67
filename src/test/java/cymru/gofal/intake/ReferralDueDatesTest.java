package cymru.gofal.intake;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.platform.authority.Councils;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestClock;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Due dates are stored at receipt from the council's regime and calendar, bank holidays included (REFERRAL_DECISION
 * is 1 working day in both regimes; the response by the priority's council standard).
 */
@IntegrationTest
class ReferralDueDatesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    Councils councils;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aChildsReferralOnChristmasEveIsDueTheTuesdayAfterInBothRegimes() throws Exception {
        // Thursday 24 December 2026: Christmas Day (Fri) and Boxing Day's substitute (Mon 28) are not working days.
        clock.advance(Duration.between(Instant.now(), Instant.parse("2027-01-06T12:00:00Z")));
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        String original = councils.require(1).regime();
        try {
            for (String regime : new String[] {"WALES_2007", "WALES_2016"}) {
                regime(regime);
                long child = f.person("2015-06-01");
                mvc.perform(post("/api/referrals").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                                .content(IntakeFixture.referralJson(child, team, "2026-12-24T15:30:00Z", "STANDARD")))
                        .andExpect(status().isCreated()).andExpect(jsonPath("$.route").value("CHILDREN"))
                        .andExpect(jsonPath("$.receivedOn").value("2026-12-24"))
                        .andExpect(jsonPath("$.decisionRule").value("REFERRAL_DECISION"))
                        .andExpect(jsonPath("$.decisionDue").value("2026-12-29"));
            }
        } finally {
            regime(original);
        }
    }

    @Test
    void aChildsReferralOnGoodFridayIsDueTheTuesdayAfterEasterMonday() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long child = f.person("2016-02-02");
        mvc.perform(post("/api/referrals").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                        .content(IntakeFixture.referralJson(child, f.team(), "2026-04-03T09:00:00+01:00", "URGENT")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.decisionDue").value("2026-04-07"))
                .andExpect(jsonPath("$.responseRule").value("REFERRAL_RESPONSE_URGENT"))
                .andExpect(jsonPath("$.responseDue").value("2026-04-07"));
    }

    @Test
    void aReferralReceivedJustAfterMidnightInWalesCountsFromThatDay() throws Exception {
        // 23:30 UTC on 3 April 2026 is 00:30 on Saturday 4 April in Wales (BST): day 0 is the Saturday.
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long child = f.person("2016-02-02");
        mvc.perform(post("/api/referrals").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                        .content(IntakeFixture.referralJson(child, f.team(), "2026-04-03T23:30:00Z", "STANDARD")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.receivedOn").value("2026-04-04"))
                .andExpect(jsonPath("$.decisionDue").value("2026-04-07"));
    }

    @Test
    void anAdultsReferralHasAResponseDueByItsPriorityAndNoDecisionClock() throws Exception {
        // STANDARD: 20 working days from Wednesday 25 March 2026, skipping Good Friday and Easter Monday.
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long adult = f.person("1950-01-01");
        mvc.perform(post("/api/referrals").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                        .content(IntakeFixture.referralJson(adult, f.team(), "2026-03-25T10:00:00Z", "STANDARD")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.route").value("ADULTS"))
                .andExpect(jsonPath("$.decisionDue").doesNotExist()).andExpect(jsonPath("$.responseDue").value("2026-04-24"));
    }

    private void regime(String regime) throws Exception {
        String etag = "\"" + councils.require(1).version() + "\"";
        mvc.perform(put("/api/council/regime").with(DemoLogins.as("admin")).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).content("{\"regime\":\"" + regime + "\"}")).andExpect(status().isOk());
    }
}
