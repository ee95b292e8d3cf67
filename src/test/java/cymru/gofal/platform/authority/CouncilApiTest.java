package cymru.gofal.platform.authority;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API conventions (issue: foundation, point 7): ETag / If-Match optimistic locking, problems, roles. */
@IntegrationTest
class CouncilApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Councils councils;

    @Test
    void aStaleWriteIsRefusedWith412AndChangesNothing() throws Exception {
        String etag = mvc.perform(get("/api/council").with(DemoLogins.as("admin")))
                .andExpect(status().isOk()).andExpect(header().exists("ETag")).andReturn().getResponse().getHeader("ETag");
        String regime = councils.require(1).regime();
        String other = regime.equals("WALES_2016") ? "WALES_2007" : "WALES_2016";
        String etag2 = mvc.perform(put("/api/council/regime").with(DemoLogins.as("admin")).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"regime\":\"" + other + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.regime").value(other))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag2).isNotEqualTo(etag);
        mvc.perform(put("/api/council/regime").with(DemoLogins.as("admin")).header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"regime\":\"" + regime + "\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.title").value("Someone else has changed this record"));
        assertThat(councils.require(1).regime()).isEqualTo(other);
        mvc.perform(put("/api/council/regime").with(DemoLogins.as("admin")).header("If-Match", etag2)
                .contentType(MediaType.APPLICATION_JSON).content("{\"regime\":\"" + regime + "\"}")).andExpect(status().isOk());
    }

    @Test
    void aWriteWithoutIfMatchIsRefusedWith428() throws Exception {
        mvc.perform(put("/api/council/regime").with(DemoLogins.as("admin"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"regime\":\"WALES_2016\"}"))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void badBodiesAreProblemsNamingTheField() throws Exception {
        mvc.perform(put("/api/council/regime").with(DemoLogins.as("admin")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"regime\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regime"));
        mvc.perform(put("/api/council/regime").with(DemoLogins.as("admin")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"regime\":\"ENGLAND_1066\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("regime"));
        mvc.perform(put("/api/council/regime").with(DemoLogins.as("admin")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void onlyAnAdminMayChangeTheRegime() throws Exception {
        mvc.perform(put("/api/council/regime").with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"regime\":\"WALES_2016\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void theApiNeedsSignIn() throws Exception {
        mvc.perform(get("/api/council")).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/council").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.httpBasic("admin", "wrong"))).andExpect(status().isUnauthorized());
    }
}
