package cymru.gofal.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import cymru.gofal.casework.CaseClosed;
import cymru.gofal.planning.internal.DirectPaymentReport;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.support.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An ended plan costs nothing after its end (lines not started are deleted, running ones end that day, pending direct
 * payment offers end), everywhere a plan is costed; the reporting views count the London day; the end reason is shown
 * in words in the user's language.
 */
@cymru.gofal.support.IntegrationTest
class PlanEndingCostsTest {

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
    @Autowired
    DirectPaymentReport directPayments;

    final LocalDate today = LocalDate.now(Dates.LONDON);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    BigDecimal factsWeekly(long plan) {
        return jdbc.sql("SELECT weekly_cost FROM planning_facts_plans WHERE id = :p").param("p", plan).query(BigDecimal.class).single();
    }

    @Test
    void planEndingDeletesLinesNotYetStartedAndEndsRunningOnesSoNothingIsCostedAfterTheEnd() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long care = PlanFixture.offer(jdbc, "DOMICILIARY_CARE", "HOUR", "20.00", false);
        PlanSteps p = PlanSteps.create(mvc, jdbc, s);
        p.service("DOMICILIARY_CARE", care, "10", today.minusDays(20), null).andExpect(status().isOk());
        p.service("DOMICILIARY_CARE", care, "2", today.minusDays(2), null).andExpect(status().isOk());
        p.service("DOMICILIARY_CARE", care, "1", today.plusDays(20), null).andExpect(status().isOk());
        long unmet = p.unmet("RESPITE", today.plusDays(30));
        p.agree(today).andExpect(status().isOk());
        LocalDate end = today.minusDays(5);
        PlanFixture.closeCase(jdbc, s.caseId(), end);
        signIn("team.manager");
        tx.executeWithoutResult(t -> events.publishEvent(new CaseClosed(1, s.caseId(), s.person(), end, "OUTCOMES_MET", "team.manager")));

        List<String> lines = jdbc.sql("SELECT start_on || ' ' || coalesce(end_on::text, '-') FROM plan_service WHERE plan_id = :p")
                .param("p", p.plan()).query(String.class).list();
        assertThat(lines).containsExactly(today.minusDays(20) + " " + end);
        assertThat(jdbc.sql("SELECT resolution || ' ' || coalesce(plan_service_id::text, 'none') FROM unmet_need WHERE plan_id = :p")
                .param("p", p.plan()).query(String.class).single()).isEqualTo("PLAN_ENDED none");
        String content = jdbc.sql("SELECT content::text FROM plan_version WHERE plan_id = :p AND number = 1").param("p", p.plan())
                .query(String.class).single();
        assertThat((List<?>) JsonPath.read(content, "$.services")).hasSize(4);
        p.read().andExpect(jsonPath("$.weeklyCost").value(0)).andExpect(jsonPath("$.services.length()").value(1));
        assertThat(factsWeekly(p.plan())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM planning_facts_services WHERE plan_id = :p AND running_today").param("p", p.plan())
                .query(Integer.class).single()).isZero();
        assertThat(unmet).isPositive();

        // Defensively: a line left running after its plan's end (written by other means) is not running after it.
        jdbc.sql("UPDATE plan_service SET end_on = NULL WHERE plan_id = :p").param("p", p.plan()).update();
        p.read().andExpect(jsonPath("$.weeklyCost").value(0));
        assertThat(factsWeekly(p.plan())).isZero();
        assertThat(jdbc.sql("SELECT end_on FROM planning_facts_services WHERE plan_id = :p").param("p", p.plan()).query(LocalDate.class)
                .single()).isEqualTo(end);
        String panel = mvc.perform(get("/plans/people/" + s.person() + "/panel").param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).doesNotContain("£200.00");
    }

    BigDecimal weeklyInZone(long plan, String zone) {
        return tx.execute(t -> {
            jdbc.sql("SET LOCAL TIME ZONE '" + zone + "'").update();
            return factsWeekly(plan);
        });
    }

    @Test
    void reportingViewsCountTheLondonDayWhateverTheSessionTimeZone() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long care = PlanFixture.offer(jdbc, "DOMICILIARY_CARE", "HOUR", "20.00", false);
        PlanSteps p = PlanSteps.create(mvc, jdbc, s);
        // Starts tomorrow in London; ended yesterday in London: neither runs today. Between them, UTC+14 and UTC-12 are on
        // London's tomorrow or yesterday at every hour.
        p.service("DOMICILIARY_CARE", care, "10", today.plusDays(1), null).andExpect(status().isOk());
        p.service("DOMICILIARY_CARE", care, "3", today.minusDays(30), today.minusDays(1)).andExpect(status().isOk());
        p.service("DOMICILIARY_CARE", care, "1", today.minusDays(30), today.plusDays(30)).andExpect(status().isOk());
        assertThat(weeklyInZone(p.plan(), "Etc/GMT-14")).isEqualByComparingTo("20.00");
        assertThat(weeklyInZone(p.plan(), "Etc/GMT+12")).isEqualByComparingTo("20.00");
        Integer running = tx.execute(t -> {
            jdbc.sql("SET LOCAL TIME ZONE 'Etc/GMT-14'").update();
            return jdbc.sql("SELECT count(*) FROM planning_facts_services WHERE plan_id = :p AND running_today").param("p", p.plan())
                    .query(Integer.class).single();
        });
        assertThat(running).isEqualTo(1);
    }

    @Test
    void planEndingEndsAPendingDirectPaymentOfferSoItNoLongerAwaitsADecision() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        PlanSteps p = PlanSteps.create(mvc, jdbc, s);
        String body = p.offerDirectPayment(today).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long dp = ((Number) JsonPath.read(body, "$.id")).longValue();
        signIn("team.manager");
        int awaiting = directPayments.summary().awaiting();
        tx.executeWithoutResult(t -> events.publishEvent(new ReviewHeld(1, 0, p.plan(), s.person(), today, "CLOSE", true)));
        assertThat(jdbc.sql("SELECT decision || ' ' || ended_on FROM direct_payment WHERE id = :d").param("d", dp).query(String.class)
                .single()).isEqualTo("OFFERED " + today);
        assertThat(directPayments.summary().awaiting()).isEqualTo(awaiting - 1);
        String view = mvc.perform(get("/plans/" + p.plan()).param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(view).contains("id=\"dp-ended-" + dp + "\"").doesNotContain("id=\"decide-" + dp + "\"")
                .contains("a review ended it (End the plan and close)");
    }

    @Test
    void theEndReasonShowsTheClosureReasonsNameInTheUsersLanguage() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        PlanSteps p = PlanSteps.create(mvc, jdbc, s);
        PlanFixture.closeCase(jdbc, s.caseId(), today);
        signIn("team.manager");
        tx.executeWithoutResult(t -> events.publishEvent(new CaseClosed(1, s.caseId(), s.person(), today, "OUTCOMES_MET", "team.manager")));
        for (String[] lang : new String[][] {{"en", "the case closed (Personal outcomes met)"},
                {"cy", "caewyd yr achos (Canlyniadau personol wedi&#39;u cyflawni)"}}) {
            String view = mvc.perform(get("/plans/" + p.plan()).param("lang", lang[0]).with(DemoLogins.as("practitioner")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(view).contains(lang[1]).doesNotContain("OUTCOMES_MET");
        }
    }
}
