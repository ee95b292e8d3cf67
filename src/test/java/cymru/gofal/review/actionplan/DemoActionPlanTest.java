package cymru.gofal.review.actionplan;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.simulator.internal.DemoActionPlan;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo gives the 2007 joint review an action plan once, which the plan and follow-up pages show. */
@IntegrationTest
class DemoActionPlanTest {

    @Autowired
    DemoActionPlan demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void the2007ReviewGetsAPlausiblePlanOnce() throws Exception {
        demo.load();
        long review = jdbc.sql("SELECT id FROM review WHERE load_key = 'MERTHYR_2007'").query(Long.class).single();
        long lines = ActionPlanFixture.lineCount(jdbc, review);
        assertThat(lines).isGreaterThanOrEqualTo(15);
        assertThat(demo.load()).isZero();
        assertThat(ActionPlanFixture.lineCount(jdbc, review)).isEqualTo(lines);
        assertThat(jdbc.sql("SELECT count(DISTINCT p.number) FROM review_plan_line l JOIN review_action a ON a.id = l.action_id "
                + "JOIN review_priority p ON p.id = a.priority_id WHERE l.review_id = :r").param("r", review).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT DISTINCT status FROM review_plan_line WHERE review_id = :r").param("r", review).query(String.class).list())
                .contains("COMPLETE", "IN_PROGRESS", "DROPPED");
        assertThat(jdbc.sql("SELECT count(*) FROM review_plan_line WHERE review_id = :r AND indicator_code IS NOT NULL AND due_on < '2010-01-01'")
                .param("r", review).query(Long.class).single()).isGreaterThan(3);
        assertThat(jdbc.sql("SELECT count(*) FROM review_plan_progress p JOIN review_plan_line l ON l.id = p.line_id WHERE l.review_id = :r")
                .param("r", review).query(Long.class).single()).isGreaterThan(10);
        assertThat(mvc.perform(get("/joint-reviews/" + review + "/action-plan").param("lang", "en").with(DemoLogins.as("senior.manager"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Adopt a quality assurance framework", "Overdue", "Complete");
        assertThat(mvc.perform(get("/joint-reviews/" + review + "/follow-up").param("lang", "en").with(DemoLogins.as("councillor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("SCC/009", "Dropped");
    }
}
