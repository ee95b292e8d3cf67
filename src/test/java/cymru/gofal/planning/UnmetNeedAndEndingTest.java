package cymru.gofal.planning;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import cymru.gofal.casework.CaseClosed;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Unmet need recorded, met and no longer needed; the managers' page by type, team and time waited (restricted people
 * absent from lists and counts); and plans ended when their case closes or a review ends them.
 */
@IntegrationTest
class UnmetNeedAndEndingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserDetailsService users;

    final LocalDate today = LocalDate.now(Dates.LONDON);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A plan with one outcome; answers {planId, outcomeId}. */
    long[] plan(PlanFixture.Setup s) throws Exception {
        String body = mvc.perform(post("/api/plans").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseId\":%d,\"assessmentId\":%d}".formatted(s.caseId(), s.assessment()))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long plan = ((Number) JsonPath.read(body, "$.id")).longValue();
        body = mvc.perform(post("/api/plans/" + plan + "/outcomes").with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"needId\":%d,\"outcome\":\"To get up and dressed\"}".formatted(s.eligibleNeed())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new long[] {plan, ((Number) JsonPath.read(body, "$.outcomes[0].id")).longValue()};
    }

    int version(long plan) {
        return jdbc.sql("SELECT version FROM care_plan WHERE id = :p").param("p", plan).query(Integer.class).single();
    }

    long unmet(long[] plan, String type, int daysAgo) throws Exception {
        String body = mvc.perform(post("/api/plans/" + plan[0] + "/services").with(DemoLogins.as("practitioner"))
                .header("If-Match", "\"" + version(plan[0]) + "\"").contentType(MediaType.APPLICATION_JSON).content("""
                        {"outcomeId":%d,"serviceType":"%s","unitsPerWeek":5,"startOn":"%s","unmetReason":"WAITING_LIST","unmetSince":"%s"}"""
                        .formatted(plan[1], type, today, today.minusDays(daysAgo))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.services[-1].status").value("UNMET"))
                .andExpect(jsonPath("$.weeklyCost").value(0)).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.services[-1].id")).longValue();
    }

    String unmetPage(String user) throws Exception {
        return mvc.perform(get("/plans/unmet-need").param("lang", "en").with(DemoLogins.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void unmetNeedShowsByTypeTeamAndTimeWaitedAndRestrictedPeopleAreNotCounted() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long[] p = plan(s);
        String before = unmetPage("team.manager");
        unmet(p, "REABLEMENT", 10);
        unmet(p, "RESPITE", 40);
        unmet(p, "SUPPORTED_LIVING", 100);
        String after = unmetPage("team.manager");
        for (String band : new String[] {"band-under4", "band-4to12", "band-over12"}) {
            assertThat(PlanPagesTest.count(after, band) - PlanPagesTest.count(before, band)).as(band).isEqualTo(1);
        }
        assertThat(PlanPagesTest.count(after, "band-total") - PlanPagesTest.count(before, "band-total")).isEqualTo(3);
        assertThat(after).contains("id=\"team-" + s.team() + "\"").contains("id=\"type-SUPPORTED_LIVING\"")
                .contains("/plans/" + p[0]).containsPattern("Gwen Plan\\w+");
        String finance = unmetPage("finance.officer");
        assertThat(finance).contains("id=\"band-total\"").doesNotContain("/plans/" + p[0] + "\"");
        PlanFixture.restrict(jdbc, s.person());
        String restricted = unmetPage("team.manager");
        assertThat(PlanPagesTest.count(restricted, "band-total")).isEqualTo(PlanPagesTest.count(before, "band-total"));
        assertThat(restricted).doesNotContain("/plans/" + p[0] + "\"").doesNotContain("id=\"team-" + s.team() + "\"");
    }

    @Test
    void anUnmetServiceIsMetFromAnOfferOrNoLongerNeededAndTheWaitIsKept() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long offer = PlanFixture.offer(jdbc, "REABLEMENT", "HOUR", "30.00", true);
        long[] p = plan(s);
        long line = unmet(p, "REABLEMENT", 20);
        long other = unmet(p, "RESPITE", 5);
        mvc.perform(post("/api/plans/" + p[0] + "/services/" + line + "/met").with(DemoLogins.as("practitioner"))
                        .header("If-Match", "\"" + version(p[0]) + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"offerId\":%d,\"metOn\":\"%s\"}".formatted(offer, today)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.weeklyCost").value(150.00))
                .andExpect(jsonPath("$.services[?(@.id == " + line + ")].status").value(org.hamcrest.Matchers.hasItems("PLANNED")));
        assertThat(jdbc.sql("SELECT resolution || ' ' || (resolved_on - unmet_since) FROM unmet_need WHERE plan_service_id = :s")
                .param("s", line).query(String.class).single()).isEqualTo("MET 20");
        mvc.perform(post("/api/plans/" + p[0] + "/services/" + other + "/no-longer-needed").with(DemoLogins.as("practitioner"))
                .header("If-Match", "\"" + version(p[0]) + "\"")).andExpect(status().isOk()).andExpect(jsonPath("$.services.length()").value(1));
        assertThat(jdbc.sql("SELECT resolution FROM unmet_need WHERE plan_id = :p AND service_type = 'RESPITE'").param("p", p[0])
                .query(String.class).single()).isEqualTo("NO_LONGER_NEEDED");
        String page = unmetPage("senior.manager");
        assertThat(page).contains("id=\"met\"").containsPattern("unmet needs were met from ").containsPattern("The median wait was [0-9.]+ days");
    }

    @Test
    void closingTheCaseEndsItsLivePlansAndResolvesTheirUnmetNeed() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long[] p = plan(s);
        unmet(p, "REABLEMENT", 3);
        PlanFixture.closeCase(jdbc, s.caseId(), today);
        signIn("team.manager");
        tx.executeWithoutResult(t -> events.publishEvent(new CaseClosed(1, s.caseId(), s.person(), today, "OUTCOMES_MET", "team.manager")));
        assertThat(jdbc.sql("SELECT status || ' ' || end_reason FROM care_plan WHERE id = :p").param("p", p[0]).query(String.class).single())
                .isEqualTo("ENDED CASE_CLOSED OUTCOMES_MET");
        assertThat(jdbc.sql("SELECT resolution FROM unmet_need WHERE plan_id = :p").param("p", p[0]).query(String.class).single())
                .isEqualTo("PLAN_ENDED");
        mvc.perform(post("/api/plans/" + p[0] + "/risks").with(DemoLogins.as("practitioner")).header("If-Match", "\"" + version(p[0]) + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"risk\":\"Falls\",\"level\":\"LOW\",\"management\":\"Rails\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("plan"));
        String view = mvc.perform(get("/plans/" + p[0]).param("lang", "en").with(DemoLogins.as("practitioner"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(view).contains("the case closed (OUTCOMES_MET)").doesNotContain("id=\"agree\"");
    }

    @Test
    void aReviewWhoseOutcomeEndsThePlanEndsIt() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long[] p = plan(s);
        signIn("practitioner");
        tx.executeWithoutResult(t -> events.publishEvent(new ReviewHeld(1, 0, p[0], s.person(), today, "CLOSE", true)));
        assertThat(jdbc.sql("SELECT status FROM care_plan WHERE id = :p").param("p", p[0]).query(String.class).single()).isEqualTo("ENDED");
        var other = PlanFixture.Setup.create(jdbc);
        long[] q = plan(other);
        tx.executeWithoutResult(t -> events.publishEvent(new ReviewHeld(1, 0, q[0], other.person(), today, "CONTINUE", false)));
        assertThat(jdbc.sql("SELECT status FROM care_plan WHERE id = :p").param("p", q[0]).query(String.class).single()).isEqualTo("DRAFT");
    }

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
