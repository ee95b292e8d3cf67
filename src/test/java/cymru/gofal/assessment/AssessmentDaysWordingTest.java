package cymru.gofal.assessment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Overdue work reads the same on the assessment pages as in the work tray: "N working days overdue", never a minus sign. */
@IntegrationTest
class AssessmentDaysWordingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOverdueAssessmentSaysHowManyWorkingDaysOverdueOnTheListAndItsPage() throws Exception {
        long team = AssessmentFixture.team(jdbc, 1);
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1944, 4, 4));
        mvc.perform(post("/assessments").with(DemoLogins.as("practitioner")).with(csrf()).param("person", "" + person)
                .param("type", "ADULT_ASSESSMENT").param("teamId", "" + team).param("clockStart", "1/6/2026"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM assessment WHERE person_id = ?").param(person).query(Long.class).single();
        String list = page("/assessments?team=" + team);
        assertThat(list).contains("working days overdue").doesNotContainPattern(">\\s*-\\d");
        String view = page("/assessments/" + id);
        assertThat(view).contains("working days overdue").doesNotContainPattern(">\\s*-\\d");
    }

    @Test
    void theTimescaleRuleIsShownByItsTitleAndLimitInThePagesLanguage() throws Exception {
        long team = AssessmentFixture.team(jdbc, 1);
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1944, 4, 4));
        mvc.perform(post("/assessments").with(DemoLogins.as("practitioner")).with(csrf()).param("person", "" + person)
                .param("type", "ADULT_ASSESSMENT").param("teamId", "" + team).param("clockStart", "2/11/2026"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM assessment WHERE person_id = ?").param(person).query(Long.class).single();
        String[] rule = jdbc.sql("""
                SELECT t.title_en, t.title_cy, t.time_offset FROM assessment a JOIN timescale_rule t ON t.regime = a.regime AND t.code = a.rule_code
                WHERE a.id = ?""").param(id).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        assertThat(page("/assessments/" + id)).contains("id=\"rule\">" + rule[0] + " (" + rule[2] + " working days)</dd>")
                .doesNotContain(">ADULT_ASSESSMENT<");
        String welsh = mvc.perform(get("/assessments/" + id).param("lang", "cy").with(DemoLogins.as("team.manager"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(welsh).contains("id=\"rule\">" + rule[1] + " (" + rule[2] + " diwrnod gwaith)</dd>");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(DemoLogins.as("team.manager"))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
