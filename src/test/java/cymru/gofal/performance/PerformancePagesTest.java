package cymru.gofal.performance;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.performance.internal.Period;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scorecard, an indicator's page, the records behind a number (need-to-know), targets and commentary, as each
 * role meets them. Records are a team's of the test's own, in 1999, so the lists are known.
 */
@IntegrationTest
class PerformancePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long team;
    long restricted;
    String seenFamily;

    @BeforeEach
    void records() {
        PerformanceFixture f = PerformanceFixture.ofDemoCouncil(jdbc);
        team = f.team();
        LocalDate day = LocalDate.of(1999, 5, 10);
        long seen = f.child();
        seenFamily = jdbc.sql("SELECT family_name FROM person WHERE id = :id").param("id", seen).query(String.class).single();
        restricted = f.child();
        jdbc.sql("UPDATE person SET restricted = TRUE WHERE id = :id").param("id", restricted).update();
        f.referral(team, seen, "CHILDREN", day, day.plusDays(1), day.plusDays(1), null);
        f.referral(team, restricted, "CHILDREN", day, day.plusDays(1), day.plusDays(1), null);
    }

    @Test
    void aCouncillorSeesTheScorecardAndAnIndicatorButNotThePeopleBehindIt() throws Exception {
        mvc.perform(get("/performance").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"line-SCC-006\"")))
                .andExpect(content().string(containsString("Referrals decided within 1 working day")));
        mvc.perform(get("/performance").param("area", "ADULTS").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(content().string(not(containsString("id=\"line-SCC-006\""))))
                .andExpect(content().string(containsString("id=\"line-PM23\"")));
        mvc.perform(get("/performance/indicator").param("code", "SCC/006").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"trend-chart\"")))
                .andExpect(content().string(containsString("id=\"trend-table\"")))
                .andExpect(content().string(not(containsString("/performance/records"))))
                .andExpect(content().string(not(containsString("id=\"save-target\""))));
        mvc.perform(get("/performance/records").param("code", "SCC/006").param("from", "1999-04-01").param("to", "1999-06-30")
                .with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(get("/performance/indicator").param("code", "NOPE").with(DemoLogins.as("councillor"))).andExpect(status().isNotFound());
    }

    @Test
    void theRecordsBehindANumberListOnlyPeopleTheManagerMaySeeAndSayHowManyAreLeftOut() throws Exception {
        mvc.perform(get("/performance/records").param("code", "SCC/006").param("from", "1999-04-01").param("to", "1999-06-30")
                        .param("team", String.valueOf(team)).param("part", "numerator").param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 records were counted.")))
                .andExpect(content().string(containsString(seenFamily)))
                .andExpect(content().string(containsString("1 record is about people you may not see")))
                .andExpect(content().string(containsString("/intake/referrals/")));
        mvc.perform(get("/performance/records").param("code", "SCC/006").param("from", "1999-04-01").param("to", "1999-06-30")
                .param("team", "999999999").with(DemoLogins.as("senior.manager"))).andExpect(status().isNotFound());
    }

    @Test
    void recordsOfAPeriodThatIsNotWholeMonthsAreRefusedWithAnErrorSummaryNotListedForTheWholeMonths() throws Exception {
        mvc.perform(get("/performance/records").param("code", "SCC/006").param("from", "1999-05-10").param("to", "1999-05-20")
                        .param("team", String.valueOf(team)).param("part", "numerator").param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#from\"")))
                .andExpect(content().string(containsString("href=\"#to\"")))
                .andExpect(content().string(containsString("for example 1999-05-01")))
                .andExpect(content().string(containsString("for example 1999-05-31")))
                .andExpect(content().string(containsString("aria-describedby=\"from-hint from-error\"")))
                .andExpect(content().string(not(containsString("records were counted"))))
                .andExpect(content().string(not(containsString(seenFamily))));
        mvc.perform(get("/performance/records").param("code", "SCC/006").param("from", "1999-02-30").param("to", "1999-04-30")
                        .param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The first day must be a real date")));
        mvc.perform(get("/performance/records").param("code", "SCC/006").param("from", "1999-06-01").param("to", "1999-04-30")
                        .param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The last day must be on or after the first day")));
    }

    @Test
    void aCountsYearToDateIsJudgedAgainstTheYearsTargetProRataAndTheScorecardSaysSo() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        Period year = Period.yearOf(today);
        long gone = java.time.temporal.ChronoUnit.DAYS.between(year.start(), today) + 1;
        long days = java.time.temporal.ChronoUnit.DAYS.between(year.start(), year.end()) + 1;
        java.math.BigDecimal proRata = java.math.BigDecimal.valueOf(365_000L * gone).divide(java.math.BigDecimal.valueOf(days), 1,
                java.math.RoundingMode.HALF_UP);
        jdbc.sql("DELETE FROM indicator_target WHERE authority_id = 1 AND indicator_code = 'CH/012' AND financial_year = :y")
                .param("y", year.financialYear()).update();
        jdbc.sql("""
                INSERT INTO indicator_target (authority_id, indicator_code, financial_year, quarter, target, set_by)
                VALUES (1, 'CH/012', :y, NULL, 365000, 'test')""").param("y", year.financialYear()).update();
        try {
            String page = mvc.perform(get("/performance").param("lang", "en").with(DemoLogins.as("councillor")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"status-rules\"")))
                    .andReturn().getResponse().getContentAsString();
            String line = page.substring(page.indexOf("id=\"line-CH-012\""));
            line = line.substring(0, line.indexOf("</tr>"));
            org.assertj.core.api.Assertions.assertThat(line)
                    .contains("The year&#39;s target pro rata, " + proRata.toPlainString() + ": " + gone + " of " + days + " days gone")
                    .containsAnyOf(">On track<", ">Not on track<")
                    .doesNotContain(">Off target<");
            String percent = page.substring(page.indexOf("id=\"line-SCC-006\""));
            org.assertj.core.api.Assertions.assertThat(percent.substring(0, percent.indexOf("</tr>"))).doesNotContain("pro rata");
        } finally {
            jdbc.sql("DELETE FROM indicator_target WHERE authority_id = 1 AND indicator_code = 'CH/012' AND financial_year = :y")
                    .param("y", year.financialYear()).update();
        }
    }

    @Test
    void aSeniorManagerSetsAndChangesATargetAndASecondManagerWorkingFromTheOldPageIsTold() throws Exception {
        int year = Period.yearOf(LocalDate.now()).financialYear();
        mvc.perform(post("/performance/targets").param("code", "SCC/010").param("period", String.valueOf(year)).param("target", "abc")
                        .with(csrf()).with(DemoLogins.as("senior.manager")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasSize(1)));
        mvc.perform(post("/performance/targets").param("code", "SCC/010").param("period", String.valueOf(year)).param("target", "101")
                .with(csrf()).with(DemoLogins.as("senior.manager"))).andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasSize(1)));
        jdbc.sql("DELETE FROM indicator_target WHERE authority_id = 1 AND indicator_code = 'SCC/010'").update();
        mvc.perform(post("/performance/targets").param("code", "SCC/010").param("period", String.valueOf(year)).param("target", "12.5")
                        .with(csrf()).with(DemoLogins.as("senior.manager")))
                .andExpect(flash().attribute("saved", "performance.target.saved"));
        mvc.perform(post("/performance/targets").param("code", "SCC/010").param("period", String.valueOf(year)).param("target", "10")
                        .with(csrf()).with(DemoLogins.as("senior.manager")))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasSize(1)));
        mvc.perform(get("/performance").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(content().string(containsString("12.5%")));
        mvc.perform(get("/performance/indicator").param("code", "SCC/010").param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(content().string(containsString("name=\"version-" + year + "\" value=\"0\"")));
        mvc.perform(post("/performance/targets").param("code", "SCC/010").param("period", String.valueOf(year)).param("target", "11")
                        .param("version-" + year, "0").with(csrf()).with(DemoLogins.as("senior.manager")))
                .andExpect(flash().attribute("saved", "performance.target.saved"));
        mvc.perform(get("/performance").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(content().string(containsString("11.0%")));
        mvc.perform(post("/performance/targets").param("code", "SCC/010").param("period", String.valueOf(year)).param("target", "10")
                .with(csrf()).with(DemoLogins.as("practitioner"))).andExpect(status().isForbidden());
    }

    @Test
    void aCommentaryIsWrittenForTheLastCompleteQuarterKeptWithItsAuthorAndNotOverwrittenByAStalePage() throws Exception {
        Period last = Period.quartersTo(LocalDate.now(), 2).get(0);
        String period = last.financialYear() + "-Q" + last.quarter();
        jdbc.sql("DELETE FROM indicator_commentary_history WHERE commentary_id IN (SELECT id FROM indicator_commentary WHERE authority_id = 1 AND indicator_code = 'PM24')").update();
        jdbc.sql("DELETE FROM indicator_commentary WHERE authority_id = 1 AND indicator_code = 'PM24'").update();
        mvc.perform(post("/performance/commentary").param("code", "PM24").param("period", period)
                        .param("body", "Fewer assessments late since the duty rota changed.\r\nStill below target.")
                        .with(csrf()).with(DemoLogins.as("team.manager")))
                .andExpect(flash().attribute("saved", "performance.commentary.saved"));
        mvc.perform(post("/performance/commentary").param("code", "PM24").param("period", period).param("body", "Another view")
                        .with(csrf()).with(DemoLogins.as("qa.officer")))
                .andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasSize(1)));
        mvc.perform(post("/performance/commentary").param("code", "PM24").param("period", period).param("body", "Revised")
                .param("version", "0").with(csrf()).with(DemoLogins.as("qa.officer")))
                .andExpect(flash().attribute("saved", "performance.commentary.saved"));
        mvc.perform(get("/performance/indicator").param("code", "PM24").param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(content().string(containsString("Revised")));
        long kept = jdbc.sql("""
                SELECT count(*) FROM indicator_commentary_history h JOIN indicator_commentary c ON c.id = h.commentary_id
                 WHERE c.authority_id = 1 AND c.indicator_code = 'PM24' AND h.body LIKE 'Fewer assessments late%'""").query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(kept).isEqualTo(1);
        mvc.perform(post("/performance/commentary").param("code", "PM24").param("period", period).param("body", "x")
                .with(csrf()).with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
    }
}
