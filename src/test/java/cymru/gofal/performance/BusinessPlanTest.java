package cymru.gofal.performance;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.performance.internal.Period;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Business plans (issue 6 point 5): objectives linked to indicators and partners' objectives; a stale page is told. */
@IntegrationTest
class BusinessPlanTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerWritesAPlanWithObjectivesLinkedToIndicatorsAndPartnersAndEveryoneReadsIt() throws Exception {
        String title = "Children's plan " + PerformanceFixture.unique();
        int year = Period.yearOf(LocalDate.now()).financialYear();
        mvc.perform(post("/performance/plans").param("title", "").param("area", "X").param("year", "1999")
                        .with(csrf()).with(DemoLogins.as("team.manager")))
                .andExpect(flash().attribute("errors", hasSize(3)));
        mvc.perform(post("/performance/plans").param("title", title).param("area", "CHILDREN").param("year", String.valueOf(year))
                        .with(csrf()).with(DemoLogins.as("team.manager")))
                .andExpect(redirectedUrlPattern("/performance/plans/*"));
        long id = jdbc.sql("SELECT id FROM business_plan WHERE title = :t").param("t", title).query(Long.class).single();
        mvc.perform(post("/performance/plans/" + id + "/objectives").param("version", "0")
                        .param("objective", "Decide on every referral within a working day").param("partner", "Police")
                        .param("partnerObjective", "Protect children at risk").param("indicatorCodes", "SCC/006", "NOPE")
                        .with(csrf()).with(DemoLogins.as("team.manager")))
                .andExpect(flash().attribute("saved", "performance.objective.saved"));
        mvc.perform(post("/performance/plans/" + id + "/objectives").param("version", "0").param("objective", "Stale")
                        .with(csrf()).with(DemoLogins.as("senior.manager")))
                .andExpect(flash().attribute("errors", hasSize(1)));
        mvc.perform(post("/performance/plans/" + id + "/objectives").param("version", "1").param("objective", "Half")
                        .param("partner", "Police").with(csrf()).with(DemoLogins.as("senior.manager")))
                .andExpect(flash().attribute("errors", hasSize(1)));
        mvc.perform(get("/performance/plans/" + id).param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Decide on every referral within a working day")))
                .andExpect(content().string(containsString("Serves Police&#39;s objective")))
                .andExpect(content().string(containsString("SCC/006 Referrals decided within 1 working day")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"add-objective\""))));
        mvc.perform(post("/performance/plans/" + id + "/objectives").param("version", "1").param("objective", "x")
                .with(csrf()).with(DemoLogins.as("practitioner"))).andExpect(status().isForbidden());
    }
}
