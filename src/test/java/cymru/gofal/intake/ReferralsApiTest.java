package cymru.gofal.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.intake.ReferralAccepted;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Referrals over the API: re-referrals, decisions made once, the waiting list, and bad input changing nothing. */
@IntegrationTest
@RecordApplicationEvents
class ReferralsApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    @Test
    void aReferralWithinTwelveMonthsOfAnotherIsAReReferralUpToTheLastDayOfTheWindow() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        long inside = f.person("1960-01-01");
        long first = f.referral(inside, team, "2025-03-10T10:00:00Z", "STANDARD");
        mvc.perform(get("/api/referrals/" + first).with(DemoLogins.as("practitioner"))).andExpect(jsonPath("$.reReferral").value(false));
        long second = f.referral(inside, team, "2026-03-10T16:00:00Z", "STANDARD");
        mvc.perform(get("/api/referrals/" + second).with(DemoLogins.as("practitioner")))
                .andExpect(jsonPath("$.reReferral").value(true)).andExpect(jsonPath("$.previousReferralId").value(first));
        long outside = f.person("1960-01-01");
        f.referral(outside, team, "2025-03-10T10:00:00Z", "STANDARD");
        long late = f.referral(outside, team, "2026-03-11T09:00:00Z", "STANDARD");
        mvc.perform(get("/api/referrals/" + late).with(DemoLogins.as("practitioner"))).andExpect(jsonPath("$.reReferral").value(false));
    }

    @Test
    void aDecisionIsMadeOnceWithIfMatchAndAssessmentIsAnnounced() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        long person = f.person("2012-01-01");
        long id = f.referral(person, team, "2026-11-02T09:00:00Z", "HIGH");
        String decision = "{\"outcome\":\"ASSESSMENT\",\"reason\":\"Needs a full assessment\",\"assessmentTeamId\":" + team + "}";
        mvc.perform(post("/api/referrals/" + id + "/decision").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content(decision)).andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/referrals/" + id + "/decision").with(DemoLogins.as("team.manager")).header("If-Match", "\"7\"")
                .contentType(MediaType.APPLICATION_JSON).content(decision)).andExpect(status().isPreconditionFailed());
        mvc.perform(post("/api/referrals/" + id + "/decision").with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.decision.outcome").value("ASSESSMENT")).andExpect(jsonPath("$.decision.decidedBy").value("team.manager"))
                .andExpect(jsonPath("$.decision.inTime").value(false));
        assertThat(events.stream(ReferralAccepted.class).filter(e -> e.referralId() == id))
                .singleElement().satisfies(e -> {
                    assertThat(e.teamId()).isEqualTo(team);
                    assertThat(e.route()).isEqualTo("CHILDREN");
                    assertThat(e.receivedOn()).isEqualTo("2026-11-02");
                });
        mvc.perform(post("/api/referrals/" + id + "/decision").with(DemoLogins.as("senior.manager")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"NO_FURTHER_ACTION\",\"reason\":\"Changed my mind\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/referrals/" + id).with(DemoLogins.as("qa.officer")))
                .andExpect(jsonPath("$.decision.outcome").value("ASSESSMENT"));
    }

    @Test
    void twoManagersDecidingAtOnceGiveOneDecisionAndTellTheOther() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        long id = f.referral(f.person("1970-01-01"), team, "2026-11-02T09:00:00Z", "STANDARD");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                String outcome = i % 2 == 0 ? "NO_FURTHER_ACTION" : "INFORMATION_ADVICE";
                Callable<Integer> decide = () -> mvc.perform(post("/api/referrals/" + id + "/decision").with(DemoLogins.as("team.manager"))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"" + outcome + "\",\"reason\":\"Handled by the GP\"}")).andReturn().getResponse().getStatus();
                answers.add(pool.submit(decide));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> a : answers) {
                statuses.add(a.get());
            }
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses.stream().filter(s -> s != 200)).allMatch(s -> s == 409 || s == 412);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM turned_aside WHERE origin = 'REFERRAL' AND origin_id = ?").param(id).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void badInputIsOneProblemNamingEachFieldAndRecordsNothing() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long person = f.person("1980-01-01");
        mvc.perform(post("/api/referrals").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":" + person + ",\"source\":\"PIGEON\",\"priority\":\"WHENEVER\",\"reason\":\"\\u202Eevil\","
                                + "\"receivedAt\":\"2026-02-30T10:00:00Z\",\"screeningTeamId\":999999999,\"route\":\"MARTIANS\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "receivedAt", "source", "priority", "reason", "route", "screeningTeamId")));
        mvc.perform(post("/api/referrals").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"abc\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("personId"));
        mvc.perform(post("/api/referrals").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content(IntakeFixture.referralJson(person, f.team(), "2099-01-01T10:00:00Z", "URGENT")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
        mvc.perform(post("/api/referrals").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content(IntakeFixture.referralJson(999_999_999L, f.team(), "2026-01-01T10:00:00Z", "URGENT")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("personId"));
        assertThat(jdbc.sql("SELECT count(*) FROM referral WHERE person_id = ?").param(person).query(Long.class).single()).isZero();
        long id = f.referral(person, f.team(), "2026-01-01T10:00:00Z", "URGENT");
        mvc.perform(post("/api/referrals/" + id + "/decision").with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"SIGNPOSTED\",\"reason\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("decisionReason", "signpostedTo")));
        mvc.perform(get("/api/referrals/" + id).with(DemoLogins.as("practitioner"))).andExpect(jsonPath("$.decision").doesNotExist())
                .andExpect(header().string("ETag", "\"0\""));
    }

    @Test
    void eachReadAndWriteOfAReferralIsAuditedOnceAboutThePerson() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long person = f.person("1980-01-01");
        long id = f.referral(person, f.team(), "2026-01-01T10:00:00Z", "URGENT");
        mvc.perform(get("/api/referrals/" + id).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk());
        String sql = "SELECT count(*) FROM audit_log WHERE record_type = 'referral' AND record_id = ? AND person_id = ? AND action = ? AND username = ?";
        assertThat(jdbc.sql(sql).params(String.valueOf(id), person, "CREATE", "team.manager").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql(sql).params(String.valueOf(id), person, "READ", "qa.officer").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void readersMayReadButNotRecordOrDecide() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        long person = f.person("1980-01-01");
        long id = f.referral(person, team, "2026-01-01T10:00:00Z", "URGENT");
        mvc.perform(get("/api/referrals/" + id).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk());
        // need-to-know: a reviewer reads a referral only of a person whose case was sampled for them in a review
        mvc.perform(get("/api/referrals/" + id).with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/referrals").with(DemoLogins.as("qa.officer")).contentType(MediaType.APPLICATION_JSON)
                .content(IntakeFixture.referralJson(person, team, "2026-01-01T10:00:00Z", "URGENT"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/referrals/" + id + "/decision").with(DemoLogins.as("reviewer")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"NO_FURTHER_ACTION\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/referrals/" + id).with(DemoLogins.as("finance.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void theWaitingListIsByPriorityThenTimeReceivedPerTeam() throws Exception {
        IntakeFixture f = new IntakeFixture(mvc, jdbc);
        long team = f.team();
        long standardEarly = f.referral(f.person("1980-01-01"), team, "2026-10-01T09:00:00Z", "STANDARD");
        long urgentLate = f.referral(f.person("1980-01-01"), team, "2026-11-20T09:00:00Z", "URGENT");
        long standardLate = f.referral(f.person("1980-01-01"), team, "2026-10-02T09:00:00Z", "STANDARD");
        mvc.perform(get("/api/referrals").param("status", "awaiting-decision").param("team", String.valueOf(team))
                        .with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].referral.id").value(urgentLate)).andExpect(jsonPath("$[0].status").value("OVERDUE"))
                .andExpect(jsonPath("$[1].referral.id").value(standardEarly)).andExpect(jsonPath("$[1].position").value(2))
                .andExpect(jsonPath("$[2].referral.id").value(standardLate));
        mvc.perform(get("/api/referrals").param("status", "open").param("team", "x").with(DemoLogins.as("practitioner")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("status", "team")));
    }
}
