package cymru.gofal.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GOV.UK error messages on the assessment page: every error in the summary links to its field's id, and that field
 * shows its message (id {@code <field>-error}, once) and names it in aria-describedby, in error style.
 */
@IntegrationTest
class AssessmentErrorLinksTest {

    private static final Pattern SUMMARY_LINK = Pattern.compile("<a href=\"#([^\"]+)\">");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    long open() throws Exception {
        long team = AssessmentFixture.team(jdbc, 1);
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1946, 6, 6));
        mvc.perform(post("/assessments").with(DemoLogins.as("team.manager")).with(csrf()).param("person", "" + person)
                .param("type", "ADULT_ASSESSMENT").param("teamId", "" + team).param("clockStart", "2/11/2026"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("SELECT id FROM assessment WHERE person_id = ?").param(person).query(Long.class).single();
    }

    String failed(long id, String path, String... params) throws Exception {
        var request = post("/assessments/" + id + path).with(DemoLogins.as("team.manager")).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getFlashMap().get("errors")).as(path).isNotNull();
        return mvc.perform(get("/assessments/" + id).param("lang", "en").with(DemoLogins.as("team.manager"))
                .with(AssessmentFixture.flash(result))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The summary's links, each checked against the page; answers the ids linked to. */
    static List<String> linkedFields(String page) {
        String summary = page.substring(page.indexOf("govuk-error-summary__list"), page.indexOf("</ul>", page.indexOf("govuk-error-summary__list")));
        List<String> fields = SUMMARY_LINK.matcher(summary).results().map(m -> m.group(1)).toList();
        assertThat(fields).isNotEmpty();
        for (String f : fields) {
            assertThat(count(page, "id=\"" + f + "\"")).as("element with id " + f).isEqualTo(1);
            assertThat(count(page, "id=\"" + f + "-error\"")).as("error message of " + f).isEqualTo(1);
            assertThat(page).as("aria-describedby naming " + f + "-error")
                    .containsPattern("aria-describedby=\"([^\"]* )?" + Pattern.quote(f + "-error") + "( [^\"]*)?\"");
        }
        return fields;
    }

    @Test
    void theCompletionFormsSignpostingErrorIsLinkedToItsSelect() throws Exception {
        long id = open();
        String page = failed(id, "/completion", "version", "0", "completedOn", "31/2/2026", "summary", "Seen", "signpostedTo", "NOT_A_SERVICE");
        assertThat(linkedFields(page)).contains("completedOn", "signpostedTo");
        assertThat(page).containsPattern("govuk-select govuk-select--error\" id=\"signpostedTo\"");
    }

    @Test
    void eachUnansweredRiskQuestionIsLinkedToItsFieldsetInTheToolThatWasSent() throws Exception {
        long id = open();
        String page = failed(id, "/risk", "version", "0", "tool", "ADULT_RISK");
        List<String> fields = linkedFields(page);
        assertThat(fields).allMatch(f -> f.matches("q\\d+")).hasSizeGreaterThan(1);
        assertThat(count(page, "govuk-form-group--error")).isEqualTo(fields.size());
    }

    @Test
    void theAllocationErrorIsLinkedToItsSelect() throws Exception {
        long id = open();
        String page = failed(id, "/allocation", "version", "0", "staffId", "");
        assertThat(linkedFields(page)).containsExactly("staffId");
        assertThat(page).contains("govuk-select govuk-select--error");
    }

    @Test
    void aCarersAnswerShowsItsErrorsOnTheFormOfThatOffer() throws Exception {
        long id = open();
        long carer = AssessmentFixture.person(jdbc, 1, LocalDate.of(1972, 2, 2));
        long other = AssessmentFixture.person(jdbc, 1, LocalDate.of(1973, 3, 3));
        for (long c : new long[] {carer, other}) {
            int version = jdbc.sql("SELECT version FROM assessment WHERE id = ?").param(id).query(Integer.class).single();
            mvc.perform(post("/assessments/" + id + "/carer-offers").with(DemoLogins.as("team.manager")).with(csrf())
                    .param("version", "" + version).param("carerOther", "" + c).param("offeredOn", "2/11/2026"));
        }
        long offer = jdbc.sql("SELECT id FROM carer_offer WHERE assessment_id = ? AND carer_person_id = ?").params(id, carer)
                .query(Long.class).single();
        String page = failed(id, "/carer-offers/" + offer + "/response", "version", "0", "response", "DECLINED", "respondedOn", "40/1/2026");
        assertThat(linkedFields(page)).containsExactlyInAnyOrder("respondedOn-" + offer, "declineReason-" + offer);
        assertThat(page).contains("govuk-input--error", "govuk-textarea--error").contains("value=\"40/1/2026\"");
        String none = failed(id, "/carer-offers/" + offer + "/response", "version", "0", "respondedOn", "2/11/2026");
        assertThat(linkedFields(none)).containsExactly("response-" + offer);
    }

    static long count(String text, String what) {
        return Pattern.compile(Pattern.quote(what)).matcher(text).results().count();
    }
}
