package cymru.gofal.assessment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment page names who allocated, completed, signed off and scored risk by their staff names, each staff
 * record read (and audited) once a page however often it is named; a username without a staff record shows as it is.
 */
@IntegrationTest
class StaffNamesShownTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestConfig.Superuser superuser;

    @Test
    void theAssessmentPageShowsStaffNamesNotUsernames() throws Exception {
        long team = AssessmentFixture.team(jdbc, 1);
        String manager = "names." + AssessmentFixture.unique();
        long managerStaff = AssessmentFixture.staff(jdbc, 1, team, manager);
        String name = jdbc.sql("SELECT given_names || ' ' || family_name FROM staff WHERE id = ?").param(managerStaff).query(String.class).single();
        String noStaff = "nostaff." + AssessmentFixture.unique();
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1943, 3, 3));
        mvc.perform(post("/assessments").with(DemoLogins.as("team.manager")).with(csrf()).param("person", "" + person)
                .param("type", "ADULT_ASSESSMENT").param("teamId", "" + team).param("clockStart", "2/11/2026"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM assessment WHERE person_id = ?").param(person).query(Long.class).single();
        jdbc.sql("""
                UPDATE assessment SET staff_id = ?, allocated_by = ?, allocated_at = now(), status = 'SIGNED_OFF', started_on = DATE '2026-11-02',
                       completed_on = DATE '2026-11-03', completed_by = ?, summary = 'Done', signed_off_at = now(), signed_off_by = ?,
                       signed_off_role = 'TEAM_MANAGER' WHERE id = ?""").params(managerStaff, manager, noStaff, manager, id).update();
        jdbc.sql("""
                INSERT INTO assessment_risk (authority_id, assessment_id, tool_code, score, level, completed_at, completed_by)
                VALUES (1, ?, 'ADULT_RISK', 0, (SELECT code FROM risk_level ORDER BY ordinal LIMIT 1), now(), ?)""").params(id, manager).update();
        long before = staffReads(managerStaff);
        String page = mvc.perform(get("/assessments/" + id).param("lang", "en").with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("id=\"allocated-by\">" + name + " \\(")
                .contains("id=\"completed-by\">" + noStaff + "<")
                .containsPattern("id=\"signed-off-by\">" + name + " \\(")
                .contains("<td class=\"govuk-table__cell\">" + name + "</td>")
                .doesNotContain(">" + manager);
        assertThat(staffReads(managerStaff) - before).isEqualTo(1);
    }

    /** Audit rows are readable only by the database's owner (the app role may not read its own trail). */
    long staffReads(long staffId) throws Exception {
        try (var c = superuser.connect(); var st = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE action = 'READ' AND record_type = 'staff' AND record_id = ?")) {
            st.setString(1, String.valueOf(staffId));
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
