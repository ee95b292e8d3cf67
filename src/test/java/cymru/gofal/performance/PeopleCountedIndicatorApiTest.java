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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The indicators that count people (V26: SCA/018a-b count carers once a financial year, SCA/007 adults on 31 March)
 * through the API, the indicator page and the records behind a number, on the demo council with records of a team of
 * the test's own in 1998-99, so the answer is known whatever other tests wrote.
 */
@IntegrationTest
class PeopleCountedIndicatorApiTest {

    static final LocalDate ASSESSED = LocalDate.of(1998, 5, 10);
    static final LocalDate REVIEW_DUE = LocalDate.of(1998, 7, 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long team;

    /** An adult with two carers, one offered an assessment; two adults with a plan at 31 March 1999, one review held. */
    @BeforeEach
    void peopleOfATeamOfItsOwn() {
        PerformanceFixture f = PerformanceFixture.ofDemoCouncil(jdbc);
        PlanFixture p = new PlanFixture(f);
        team = f.team();
        long adult = f.adult();
        long offered = f.adult();
        f.carer(offered, adult);
        f.carer(f.adult(), adult);
        long a = IndicatorDefinitionsTest.adultAssessed(f, team, adult, ASSESSED);
        f.carerOffer(a, adult, offered, ASSESSED, null);
        for (String status : new String[] {"HELD", "SCHEDULED"}) {
            long person = f.adult();
            long pa = IndicatorDefinitionsTest.adultAssessed(f, team, person, LocalDate.of(1998, 1, 5));
            long plan = p.plan(p.careCase(team, person, "ADULTS", pa), pa, null, LocalDate.of(1998, 1, 10), null);
            p.review(plan, 1, REVIEW_DUE, status, status.equals("HELD") ? REVIEW_DUE : null);
        }
    }

    @Test
    void sca018aAndBValuesCountTheCarersOfATeamsAssessedAdults() throws Exception {
        mvc.perform(get("/api/indicators/SCA/018a/values").param("from", "1998-04-01").param("to", "1999-03-31")
                        .param("team", String.valueOf(team)).with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numerator").value(1))
                .andExpect(jsonPath("$.denominator").value(2))
                .andExpect(jsonPath("$.value").value(50.0));
        mvc.perform(get("/api/indicators/SCA/018b/values").param("from", "1998-04-01").param("to", "1999-03-31")
                        .param("team", String.valueOf(team)).with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numerator").value(0))
                .andExpect(jsonPath("$.denominator").value(2));
    }

    @Test
    void sca007HasAValueForTheFinancialYearAndNoneForAQuarterBeforeMarch() throws Exception {
        mvc.perform(get("/api/indicators/SCA/007/values").param("from", "1998-04-01").param("to", "1999-03-31")
                        .param("team", String.valueOf(team)).with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numerator").value(1))
                .andExpect(jsonPath("$.denominator").value(2))
                .andExpect(jsonPath("$.value").value(50.0));
        mvc.perform(get("/api/indicators/SCA/007/values").param("from", "1998-04-01").param("to", "1998-06-30")
                        .param("team", String.valueOf(team)).with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.denominator").value(0))
                .andExpect(jsonPath("$.value").doesNotExist());
    }

    @Test
    void theRecordsBehindTheNumbersAreTheCarersAndTheAdultsWithAPlan() throws Exception {
        mvc.perform(get("/performance/records").param("code", "SCA/018a").param("from", "1998-04-01").param("to", "1999-03-31")
                        .param("team", String.valueOf(team)).param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 records were counted.")))
                .andExpect(content().string(containsString("/people/")));
        mvc.perform(get("/performance/records").param("code", "SCA/007").param("from", "1999-03-01").param("to", "1999-03-31")
                        .param("team", String.valueOf(team)).param("part", "numerator").param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 record was counted.")))
                .andExpect(content().string(containsString("/plans/")));
    }

    @Test
    void theIndicatorPagesAndTheCatalogueSayWhoIsCounted() throws Exception {
        for (String code : new String[] {"SCA/007", "SCA/018a", "SCA/018b"}) {
            mvc.perform(get("/performance/indicator").param("code", code).param("lang", "en").with(DemoLogins.as("senior.manager")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/indicators").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(jsonPath("$[?(@.code == 'SCA/007')].denominator",
                        hasItem("Adults with a care and support plan at 31 March who had reviews due in the year")))
                .andExpect(jsonPath("$[?(@.code == 'SCA/018b')].numerator", hasItem("Carers whose carer's assessment was completed in the year")));
        mvc.perform(get("/api/indicators").param("lang", "cy").with(DemoLogins.as("councillor")))
                .andExpect(jsonPath("$[?(@.code == 'SCA/018a')].numerator", hasItem("Gofalwyr a gynigiwyd asesiad gofalwr iddynt yn y flwyddyn")));
    }
}
