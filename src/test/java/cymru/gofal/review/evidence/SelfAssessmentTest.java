package cymru.gofal.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

@IntegrationTest
class SelfAssessmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoSelfAssessment demo;

    private long start() throws Exception {
        String to = mvc.perform(post("/joint-reviews/self-assessments").with(DemoLogins.as("senior.manager")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(to).matches("/joint-reviews/\\d+/moved");
        return Long.parseLong(to.replaceAll("\\D+", ""));
    }

    @Test
    void theLastCompleteFinancialYearEndsOnTheThirtyFirstOfMarchBeforeToday() {
        assertThat(SelfAssessments.lastCompleteFinancialYear(LocalDate.of(2026, 11, 27)))
                .containsExactly(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
        assertThat(SelfAssessments.lastCompleteFinancialYear(LocalDate.of(2026, 3, 31)))
                .containsExactly(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
    }

    @Test
    void aSeniorManagerStartsOneFromLiveDataWithEveryLinkedIndicatorFrozenAndSeesWhatMoved() throws Exception {
        long first = start();
        var head = jdbc.sql("SELECT kind, framework, status, previous_review_id FROM review WHERE id = :r").param("r", first)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), String.valueOf(rs.getObject(4)))).single();
        assertThat(head.subList(0, 3)).containsExactly("SELF_ASSESSMENT", "JR_WALES_2007", "PLANNING");
        long linked = jdbc.sql("""
                SELECT count(DISTINCT l.indicator_code) FROM review_area_indicator l JOIN review_area a ON a.id = l.area_id
                 WHERE a.framework = 'JR_WALES_2007'""").query(Long.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM review_evidence WHERE review_id = :r AND kind = 'INDICATOR'").param("r", first)
                .query(Long.class).single()).isEqualTo(linked);

        // a target met for one ACCESS indicator over that year gives ACCESS a suggestion from the indicators
        jdbc.sql("""
                INSERT INTO indicator_target (authority_id, indicator_code, financial_year, quarter, target, set_by)
                SELECT 1, 'AD/002', extract(year FROM period_from)::int, NULL, 0, 'test' FROM review WHERE id = :r
                ON CONFLICT DO NOTHING""").param("r", first).update();
        long second = start();
        assertThat(jdbc.sql("SELECT previous_review_id FROM review WHERE id = :r").param("r", second).query(Long.class).single()).isEqualTo(first);
        String reason = jdbc.sql("""
                SELECT suggestion_reason_en FROM review_area_rating r JOIN review_area a ON a.id = r.area_id
                 WHERE r.review_id = :r AND a.code = 'ACCESS'""").param("r", second).query(String.class).optional().orElse("");
        assertThat(reason).contains("linked indicators on target");
        String moved = mvc.perform(get("/joint-reviews/" + second + "/moved").with(DemoLogins.as("qa.officer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(moved).contains("id=\"moved-areas\"").contains("id=\"moved-indicators\"").contains("AD/002").contains("id=\"previous\"");
        mvc.perform(get("/joint-reviews/" + second + "/moved").param("lang", "cy").with(DemoLogins.as("reviewer"))).andExpect(status().isOk());
        mvc.perform(get("/joint-reviews/" + second + "/evidence").with(DemoLogins.as("senior.manager"))).andExpect(status().isOk());
    }

    @Test
    void onlySeniorManagersStartOne() throws Exception {
        for (String user : new String[] {"reviewer", "qa.officer", "practitioner", "councillor"}) {
            mvc.perform(post("/joint-reviews/self-assessments").with(DemoLogins.as(user)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void theSimulatorsDemoSelfAssessmentIsCreatedOnce() {
        long council = jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime)
                SELECT coalesce(max(id), 0) + 1, 'SELF-' || (coalesce(max(id), 0) + 1), 'Self-assessment test council', 'Cyngor prawf', 'WALES_2016'
                  FROM authority RETURNING id""").query(Long.class).single();
        assertThat(demo.createOnce(council)).isPresent();
        assertThat(demo.createOnce(council)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM review WHERE authority_id = :a AND kind = 'SELF_ASSESSMENT'").param("a", council)
                .query(Long.class).single()).isEqualTo(1);
    }
}
