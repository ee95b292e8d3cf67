package cymru.gofal.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Security headers, the GOV.UK error pages, Welsh, and what each role is shown on the home page. */
@IntegrationTest
class PagesAndErrorsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndAreNotStored() throws Exception {
        mvc.perform(get("/").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        not(containsString("unsafe-inline")))))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().exists("X-Request-Id"));
    }

    // MockMvc does not forward to /error as a servlet container does; the browser test follows the real
    // forwards. Here: the status, then what /error renders for it.
    @Test
    void anUnknownPageIsAGovukStyle404() throws Exception {
        mvc.perform(get("/no-such-page").accept("text/html").with(DemoLogins.as("practitioner")))
                .andExpect(status().isNotFound());
        mvc.perform(error(404).accept("text/html").with(DemoLogins.as("practitioner")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Page not found")));
    }

    @Test
    void anUnknownApiPathIsAProblem() throws Exception {
        mvc.perform(get("/api/no-such-thing").accept("application/json").with(DemoLogins.as("practitioner")))
                .andExpect(status().isNotFound());
        mvc.perform(error(404).accept("application/json").with(DemoLogins.as("practitioner")))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aPageTheRoleMayNotSeeIsAGovukStyle403() throws Exception {
        mvc.perform(get("/admin/audit").accept("text/html").with(DemoLogins.as("councillor")))
                .andExpect(status().isForbidden());
        mvc.perform(error(403).accept("text/html").with(DemoLogins.as("councillor")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You do not have permission to see this page")));
    }

    @Test
    void aServerErrorIsAGovukStyle500WithoutDetails() throws Exception {
        mvc.perform(error(500).accept("text/html"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(allOf(containsString("Sorry, there is a problem with the service"),
                        not(containsString("Exception")))));
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder error(int status) {
        return get("/error").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/somewhere");
    }

    @Test
    void anyPageSpeaksWelshWithLangCy() throws Exception {
        mvc.perform(get("/").param("lang", "cy").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("lang=\"cy\""), containsString("Allgofnodi"),
                        containsString("Calendr diwrnodau gwaith"))));
    }

    @Test
    void theHomePageShowsEachRoleOnlyWhatItMayDo() throws Exception {
        mvc.perform(get("/").with(DemoLogins.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/admin/audit\""), containsString("Administrator"))));
        mvc.perform(get("/").with(DemoLogins.as("councillor"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("href=\"/admin/")), containsString("Councillor"))));
        mvc.perform(get("/").with(DemoLogins.as("practitioner"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("href=\"/admin/")), containsString("href=\"/timescales\""))));
    }

    @Test
    void theLanguageSwitchNeverLinksOffSite() throws Exception {
        for (String uri : new String[] {"//evil.example/x", "/\\evil.example/x", "///evil.example"}) {
            mvc.perform(get("/error").accept("text/html").requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404)
                            .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, uri))
                    .andExpect(content().string(allOf(not(containsString("href=\"//")), not(containsString("href=\"/\\")))));
        }
    }

    @Test
    void healthIsPublicAndMetricsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus").with(DemoLogins.as("practitioner"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(DemoLogins.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void theApiSaysWhoTheCallerIs() throws Exception {
        mvc.perform(get("/api/me").with(DemoLogins.as("team.manager"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("team.manager"))
                .andExpect(jsonPath("$.role").value("TEAM_MANAGER"))
                .andExpect(jsonPath("$.councilId").value(1));
    }

    @Test
    void theRequestIdIsReturnedAndWrittenOnTheAuditRowsItCauses(
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) throws Exception {
        String id = "test-request-" + System.nanoTime();
        mvc.perform(get("/admin/audit").param("user", "nobody").header("X-Request-Id", id).with(DemoLogins.as("admin")))
                .andExpect(status().isOk()).andExpect(header().string("X-Request-Id", id));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE request_id = :id").param("id", id).query(Integer.class).single())
                .isEqualTo(1);
        mvc.perform(get("/api/me").header("X-Request-Id", "bad id with spaces").with(DemoLogins.as("admin")))
                .andExpect(header().string("X-Request-Id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}")));
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/calendar/working-days/add']").exists());
    }
}
