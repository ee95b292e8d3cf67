package cymru.gofal.planning;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan page says when its next review is overdue, as the work tray and the reviews list do. */
@IntegrationTest
class PlanPageReviewTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePlanPageTagsANextReviewWhoseDueDayHasPassed() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        PlanSteps plan = PlanSteps.create(mvc, jdbc, s);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        plan.agree(today).andExpect(status().isOk());
        mvc.perform(get("/plans/" + plan.plan()).param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(content().string(containsString("id=\"next-review\"")))
                .andExpect(content().string(not(containsString("id=\"next-review-overdue\""))));
        jdbc.sql("UPDATE plan_review SET due_on = :d WHERE plan_id = :p AND status = 'SCHEDULED'")
                .param("d", today.minusDays(1)).param("p", plan.plan()).update();
        mvc.perform(get("/plans/" + plan.plan()).param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(content().string(containsString("id=\"next-review-overdue\"")));
    }
}
