package cymru.gofal.performance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.performance.internal.BenchmarkFile;
import cymru.gofal.performance.internal.Benchmarks;
import cymru.gofal.performance.internal.Period;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every select, text area and file input of the performance pages that has a hint or an error message names them in
 * aria-describedby (WCAG 1.3.1, 3.3.1), so a screen reader reads them with the field: with errors, and without.
 */
@IntegrationTest
class PerformanceFormsAccessibilityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Benchmarks benchmarks;

    @Test
    void theIndicatorPagesCommentaryAndTargetPeriodNameTheirErrors() throws Exception {
        String page = page(get("/performance/indicator").param("code", "SCC/006").with(errors(
                new FormError("commentary", "performance.commentary.error.required"), new FormError("period", "performance.target.error.period"))),
                "senior.manager");
        assertThat(describedBy(page, "textarea", "commentary")).isEqualTo("commentary-error");
        assertThat(describedBy(page, "select", "period")).isEqualTo("period-error");
        String clean = page(get("/performance/indicator").param("code", "SCC/006"), "senior.manager");
        assertThat(describedBy(clean, "textarea", "commentary")).isNull();
    }

    @Test
    void thePacksQuarterNamesItsError() throws Exception {
        String page = mvc.perform(get("/performance/pack").param("quarter", "1999-Q1").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(describedBy(page, "select", "quarter")).isEqualTo("quarter-error");
    }

    @Test
    void theNewPlanFormsSelectsNameTheirHintAndErrors() throws Exception {
        String page = page(get("/performance/plans").with(errors(new FormError("year", "performance.plan.year.error"),
                new FormError("area", "performance.plan.area.error"), new FormError("team", "performance.plan.team.error"))), "team.manager");
        assertThat(describedBy(page, "select", "year")).isEqualTo("year-error");
        assertThat(describedBy(page, "select", "area")).isEqualTo("area-error");
        assertThat(describedBy(page, "select", "team")).isEqualTo("team-hint team-error");
        assertThat(describedBy(page(get("/performance/plans"), "team.manager"), "select", "team")).isEqualTo("team-hint");
    }

    @Test
    void anObjectivesTextAreasNameTheirErrors() throws Exception {
        String title = "Forms plan " + PerformanceFixture.unique();
        mvc.perform(post("/performance/plans").param("title", title).param("area", "ADULTS")
                .param("year", String.valueOf(Period.yearOf(LocalDate.now()).financialYear())).with(csrf()).with(DemoLogins.as("team.manager")));
        long id = jdbc.sql("SELECT id FROM business_plan WHERE title = :t").param("t", title).query(Long.class).single();
        String page = page(get("/performance/plans/" + id).with(errors(new FormError("objective", "performance.objective.error.required"),
                new FormError("partnerObjective", "performance.partner.error.both"))), "team.manager");
        assertThat(describedBy(page, "textarea", "objective")).isEqualTo("objective-error");
        assertThat(describedBy(page, "textarea", "partnerObjective")).isEqualTo("partnerObjective-error");
    }

    @Test
    void theBenchmarkFileAndGroupMembersNameTheirHintAndErrors() throws Exception {
        benchmarks.store(1, List.of(new BenchmarkFile.Row("Forms Council", "SCC/006", 2003, new BigDecimal("50.0"))), "test");
        String page = page(get("/performance/benchmarks").with(errors(new FormError("file", "performance.benchmark.error.noFile"),
                new FormError("members", "performance.group.members.error"))), "senior.manager");
        assertThat(describedBy(page, "input", "file")).isEqualTo("file-hint file-error");
        assertThat(page).contains("<fieldset class=\"govuk-fieldset\" aria-describedby=\"members-hint members-error\">");
        assertThat(describedBy(page(get("/performance/benchmarks"), "senior.manager"), "input", "file")).isEqualTo("file-hint");
    }

    /**
     * The errors as the flash attributes of a redirect would bring them. MockMvc's flashAttr puts them in the mock
     * session, which Spring Session (JDBC) does not read; the dispatcher reads this request attribute instead.
     */
    private static org.springframework.test.web.servlet.request.RequestPostProcessor errors(FormError... errors) {
        return request -> {
            org.springframework.web.servlet.FlashMap flash = new org.springframework.web.servlet.FlashMap();
            flash.put("errors", List.of(errors));
            request.setAttribute(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
            return request;
        };
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.param("lang", "en").with(DemoLogins.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The aria-describedby of the element with this tag and id, or null when it has none. */
    private static String describedBy(String html, String tag, String id) {
        Matcher m = Pattern.compile("<" + tag + "\\b[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(html);
        assertThat(m.find()).as("<%s id=%s>", tag, id).isTrue();
        Matcher d = Pattern.compile("aria-describedby=\"([^\"]*)\"").matcher(m.group());
        return d.find() ? d.group(1) : null;
    }
}
