package cymru.gofal.assessment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A restricted person's assessment goes only to staff who may open it: those on the person's access list by sign-in
 * name or by team. Others are not offered on the page and are refused on the page and in the API, with nothing changed.
 */
@IntegrationTest
class RestrictedAllocationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRestrictedPersonsAssessmentIsAllocatedOnlyToStaffOnItsAccessList() throws Exception {
        long team = AssessmentFixture.team(jdbc, 1);
        String username = "alloc." + AssessmentFixture.unique();
        long listed = AssessmentFixture.staff(jdbc, 1, team, username);
        long notListed = AssessmentFixture.staff(jdbc, 1, team, null);
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1950, 5, 5));
        mvc.perform(post("/assessments").with(DemoLogins.as("team.manager")).with(csrf()).param("person", "" + person)
                .param("type", "ADULT_ASSESSMENT").param("teamId", "" + team).param("clockStart", "2/11/2026"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM assessment WHERE person_id = ?").param(person).query(Long.class).single();
        assertThat(page("/assessments/" + id)).contains("<option value=\"" + notListed + "\"").doesNotContain("id=\"staffId-hint\"");

        AssessmentFixture.restrict(jdbc, person);
        grant(person, "username", "team.manager");
        grant(person, "username", username);
        assertThat(page("/assessments/" + id)).contains("<option value=\"" + listed + "\"").doesNotContain("<option value=\"" + notListed + "\"")
                .contains("id=\"staffId-hint\"");

        MvcResult refused = mvc.perform(post("/assessments/" + id + "/allocation").with(DemoLogins.as("team.manager")).with(csrf())
                .param("version", "0").param("staffId", "" + notListed)).andReturn();
        assertThat(refused.getFlashMap().get("errors").toString()).contains("staffId", "assessment.staff.error.restricted");
        assertThat(held(id)).isEqualTo("AWAITING_ALLOCATION null");
        String shown = mvc.perform(get("/assessments/" + id).param("lang", "en").with(DemoLogins.as("team.manager"))
                .with(AssessmentFixture.flash(refused))).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("href=\"#staffId\"", "id=\"staffId-error\"", "govuk-select--error", "may not see this restricted record");

        mvc.perform(post("/api/assessments/" + id + "/allocation").with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"staffId\":" + notListed + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("staffId"));
        assertThat(held(id)).isEqualTo("AWAITING_ALLOCATION null");
        mvc.perform(post("/api/assessments/" + id + "/allocation").with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"staffId\":" + listed + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.staffId").value(listed));
        assertThat(held(id)).isEqualTo("ALLOCATED " + listed);

        grant(person, "team_id", team);
        assertThat(page("/assessments/" + id)).contains("<option value=\"" + notListed + "\"");
    }

    @Test
    void theAllocationApiNeedsTheVersionAndIsForManagers() throws Exception {
        long team = AssessmentFixture.team(jdbc, 1);
        long staff = AssessmentFixture.staff(jdbc, 1, team, null);
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1951, 6, 6));
        mvc.perform(post("/assessments").with(DemoLogins.as("team.manager")).with(csrf()).param("person", "" + person)
                .param("type", "ADULT_ASSESSMENT").param("teamId", "" + team).param("clockStart", "2/11/2026"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM assessment WHERE person_id = ?").param(person).query(Long.class).single();
        String body = "{\"staffId\":" + staff + "}";
        mvc.perform(post("/api/assessments/" + id + "/allocation").with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/assessments/" + id + "/allocation").with(DemoLogins.as("team.manager"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/assessments/" + id + "/allocation").with(DemoLogins.as("team.manager")).header("If-Match", "\"7\"")
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isPreconditionFailed());
        assertThat(held(id)).isEqualTo("AWAITING_ALLOCATION null");
    }

    private void grant(long person, String column, Object who) {
        jdbc.sql("INSERT INTO person_access (person_id, " + column + ", created_by) VALUES (?, ?, 'test')").params(person, who).update();
    }

    private String held(long id) {
        return jdbc.sql("SELECT status || ' ' || coalesce(staff_id::text, 'null') FROM assessment WHERE id = ?").param(id)
                .query(String.class).single();
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(DemoLogins.as("team.manager"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
