package cymru.gofal.performance;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The indicators over plans and reviews through the API and the records behind a number, on the demo council with
 * reviews of a team of the test's own in 1999, so the answer is known whatever other tests wrote.
 */
@IntegrationTest
class PlanIndicatorApiTest {

    static final LocalDate DAY = LocalDate.of(1999, 5, 10);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long team;

    @BeforeEach
    void reviewsOfATeamOfItsOwn() {
        PerformanceFixture f = PerformanceFixture.ofDemoCouncil(jdbc);
        PlanFixture p = new PlanFixture(f);
        team = f.team();
        for (int late = 0; late < 3; late++) {
            long child = f.child();
            long a = f.assessment("WALES_2016", "CHILD_ASSESSMENT", team, child, null, null, DAY.minusYears(1), DAY.minusYears(1),
                    DAY.minusYears(1), null, null);
            long plan = p.plan(p.careCase(team, child, "CHILDREN", a), a, null, DAY.minusYears(1), null);
            p.review(plan, 1, DAY, "HELD", DAY.plusDays(late));
        }
    }

    @Test
    void theCatalogueListsThePlanAndReviewIndicatorsInEitherLanguage() throws Exception {
        mvc.perform(get("/api/indicators").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItems("SCA/007", "SCC/016", "LOC/AD-REVIEW-TIME", "SCA/018c", "LOC/PLANS-AGREED",
                        "LOC/UNMET-RECORDED")))
                .andExpect(jsonPath("$[?(@.code == 'SCA/007')].unit", hasItem("PERCENT")))
                .andExpect(jsonPath("$[?(@.code == 'LOC/UNMET-RECORDED')].polarity", hasItem("LOWER_IS_BETTER")));
        mvc.perform(get("/api/indicators").param("lang", "cy").with(DemoLogins.as("councillor")))
                .andExpect(jsonPath("$[?(@.code == 'SCC/016')].title", hasItem("Adolygiadau o gynlluniau plant mewn angen a gynhaliwyd mewn pryd")));
    }

    @Test
    void scc016ValuesForATeamAndTheReviewsBehindTheNumber() throws Exception {
        mvc.perform(get("/api/indicators/SCC/016/values").param("from", "1999-04-01").param("to", "1999-06-30")
                        .param("team", String.valueOf(team)).with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numerator").value(1))
                .andExpect(jsonPath("$.denominator").value(3))
                .andExpect(jsonPath("$.value").value(33.3));
        mvc.perform(get("/performance/records").param("code", "SCC/016").param("from", "1999-04-01").param("to", "1999-06-30")
                        .param("team", String.valueOf(team)).param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 records were counted.")))
                .andExpect(content().string(containsString("/reviews/")));
    }
}
