package cymru.gofal.performance;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET /api/indicators and /api/indicators/{code}/values (issue 6 point 2), on the demo council, with records of a
 * team of the test's own in 1999 so the answer is known whatever other tests wrote.
 */
@IntegrationTest
class IndicatorApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long team;

    @BeforeEach
    void recordsOfATeamOfItsOwn() {
        PerformanceFixture f = PerformanceFixture.ofDemoCouncil(jdbc);
        team = f.team();
        LocalDate day = LocalDate.of(1999, 5, 10);
        f.referral(team, f.child(), "CHILDREN", day, day.plusDays(1), day.plusDays(1), null);
        f.referral(team, f.child(), "CHILDREN", day, day.plusDays(1), day.plusDays(2), null);
        f.referral(team, f.child(), "CHILDREN", day, day.plusDays(1), day.plusDays(1), null);
        f.referral(team, f.child(), "CHILDREN", day, day.plusDays(1), day.plusDays(1), null);
    }

    @Test
    void theCatalogueListsTheSeededIndicatorsWithTheirDefinitionsInEitherLanguage() throws Exception {
        mvc.perform(get("/api/indicators").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("SCC/006")))
                .andExpect(jsonPath("$[*].code", hasItem("PM24")))
                .andExpect(jsonPath("$[?(@.code == 'SCC/006')].unit", hasItem("PERCENT")))
                .andExpect(jsonPath("$[?(@.code == 'SCC/006')].polarity", hasItem("HIGHER_IS_BETTER")));
        mvc.perform(get("/api/indicators").param("lang", "cy").with(DemoLogins.as("councillor")))
                .andExpect(jsonPath("$[?(@.code == 'SCC/006')].title", hasItem("Atgyfeiriadau y penderfynwyd arnynt o fewn 1 diwrnod gwaith")));
    }

    @Test
    void aTeamsValueForAPeriodGivesNumeratorDenominatorAndValue() throws Exception {
        mvc.perform(get("/api/indicators/SCC/006/values").param("from", "1999-04-01").param("to", "1999-06-30")
                        .param("team", String.valueOf(team)).param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("SCC/006"))
                .andExpect(jsonPath("$.numerator").value(3))
                .andExpect(jsonPath("$.denominator").value(4))
                .andExpect(jsonPath("$.value").value(75.0))
                .andExpect(jsonPath("$.team").value(team));
        mvc.perform(get("/api/indicators/SCC/010/values").param("from", "1999-04-01").param("to", "1999-06-30")
                        .param("team", String.valueOf(team)).with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numerator").value(0))
                .andExpect(jsonPath("$.value").value(0.0));
    }

    @Test
    void badParametersAreProblemsNamingEachFieldAndAnUnknownCodeIsNotFound() throws Exception {
        mvc.perform(get("/api/indicators/SCC/006/values").param("from", "1999-02-30").param("to", "x").param("team", "abc")
                        .param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("from")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("to")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("team")));
        mvc.perform(get("/api/indicators/PM24/values").param("from", "2000-01-02").param("to", "2000-01-01")
                        .param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("to")));
        mvc.perform(get("/api/indicators/NOPE/99/values").param("from", "2000-01-01").param("to", "2000-01-02")
                        .with(DemoLogins.as("senior.manager")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPeriodThatIsNotWholeMonthsIsAProblemNamingTheParameterNotWholeMonthFiguresSilently() throws Exception {
        mvc.perform(get("/api/indicators/SCC/006/values").param("from", "1999-05-10").param("to", "1999-06-30")
                        .param("team", String.valueOf(team)).param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("from")))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("1999-05-01")));
        mvc.perform(get("/api/indicators/SCC/006/values").param("from", "1999-04-01").param("to", "1999-05-10")
                        .param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("to")))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString("1999-05-31")));
        mvc.perform(get("/api/indicators/PM24/values").param("from", "2000-02-01").param("to", "2000-02-29")
                        .with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk());
    }

    @Test
    void anApiCallStartsNoSession() throws Exception {
        var result = mvc.perform(get("/api/indicators").with(DemoLogins.as("senior.manager"))).andExpect(status().isOk()).andReturn();
        org.assertj.core.api.Assertions.assertThat(result.getRequest().getSession(false)).as("session").isNull();
    }
}
