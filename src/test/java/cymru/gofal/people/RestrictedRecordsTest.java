package cymru.gofal.people;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Restricted records (issue 3, point 3; quality bar S2): invisible to everyone not on the list, break-glass audited. */
@IntegrationTest
class RestrictedRecordsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long restrictedPerson(String family) throws Exception {
        String body = mvc.perform(post("/api/people").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content(PeopleApiTest.person("Carys", family, "1975-05-05"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(put("/api/people/" + id + "/restriction").with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"restricted\":true,\"usernames\":[\"qa.officer\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.restricted").value(true));
        return id;
    }

    @Test
    void aRestrictedPersonDoesNotExistForAnyoneNotOnTheList() throws Exception {
        String family = PeopleApiTest.unique();
        long id = restrictedPerson(family);
        for (String outsider : new String[] {"practitioner", "senior.manager", "admin", "reviewer"}) {
            mvc.perform(get("/api/people/" + id).with(DemoLogins.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/people/" + id).with(DemoLogins.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/api/people").param("name", "Carys " + family).with(DemoLogins.as(outsider)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        }
        mvc.perform(get("/api/people/" + id).with(DemoLogins.as("team.manager"))).andExpect(status().isOk());
        mvc.perform(get("/api/people/" + id).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk());
        mvc.perform(get("/api/people").param("name", "Carys " + family).with(DemoLogins.as("qa.officer")))
                .andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void aRestrictedRelativeDoesNotShowThroughAVisiblePerson() throws Exception {
        String family = PeopleApiTest.unique();
        long hidden = restrictedPerson(family);
        String body = mvc.perform(post("/api/people").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content(PeopleApiTest.person("Bryn", family, "2005-05-05"))).andReturn().getResponse().getContentAsString();
        long child = ((Number) JsonPath.read(body, "$.id")).longValue();
        mvc.perform(post("/api/people/" + hidden + "/relationships").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"relatedPersonId\":" + child + ",\"kind\":\"PARENT\"}")).andExpect(status().isCreated());
        mvc.perform(get("/api/people/" + child).with(DemoLogins.as("practitioner"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.relationships.length()").value(0));
        mvc.perform(get("/api/people/" + child).with(DemoLogins.as("team.manager"))).andExpect(jsonPath("$.relationships.length()").value(1));
    }

    @Test
    void breakGlassNeedsAReasonIsAuditedAndIsShownToTheOwners() throws Exception {
        long id = restrictedPerson(PeopleApiTest.unique());
        mvc.perform(post("/api/people/" + id + "/break-glass").with(DemoLogins.as("senior.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"short\"}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(get("/api/people/" + id).with(DemoLogins.as("senior.manager"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/people/" + id + "/break-glass").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Safeguarding referral received by phone\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/people/" + id + "/break-glass").with(DemoLogins.as("senior.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Safeguarding referral received by phone\"}")).andExpect(status().isOk());
        mvc.perform(get("/api/people/" + id).with(DemoLogins.as("senior.manager"))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'BREAK_GLASS' AND person_id = ? AND reason = 'Safeguarding referral received by phone'")
                .param(id).query(Long.class).single()).isEqualTo(1);
        String ownerPage = mvc.perform(get("/people/" + id).with(DemoLogins.as("team.manager"))).andReturn().getResponse().getContentAsString();
        assertThat(ownerPage).contains("Safeguarding referral received by phone").contains("senior.manager");
    }

    @Test
    void breakGlassOnARecordThatIsNotRestrictedOrDoesNotExistGrantsNothing() throws Exception {
        mvc.perform(post("/api/people/999999999/break-glass").with(DemoLogins.as("senior.manager")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Checking a number from a letter\"}")).andExpect(status().isNotFound());
    }
}
