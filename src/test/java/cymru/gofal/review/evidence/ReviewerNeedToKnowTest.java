package cymru.gofal.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestConfig;

/**
 * Reviewers see personal data only through the case files sampled for them: a sampled person opens, anyone else is
 * 404 and absent from searches and lists; the grant ends 30 days after the review is published. Case files read
 * are audited and feed the suggested rating.
 */
@IntegrationTest
class ReviewerNeedToKnowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestConfig.Superuser superuser;

    private int audits(String type, String action, long person) throws Exception {
        try (var c = superuser.connect(); var st = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE record_type = ? AND action = ? AND person_id = ?")) {
            st.setString(1, type);
            st.setString(2, action);
            st.setLong(3, person);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void aReviewerSeesOnlyThePeopleWhoseCasesWereSampledForThem() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        String[] sampledName = new String[1];
        String[] otherName = new String[1];
        long[] sampled = EvidenceFixture.personWithCase(jdbc, sampledName);
        long[] other = EvidenceFixture.personWithCase(jdbc, otherName);
        mvc.perform(get("/api/people/" + sampled[0]).with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/people/" + sampled[0]).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk());
        long reviewer = EvidenceFixture.userId(jdbc, "reviewer");
        mvc.perform(post("/joint-reviews/" + review + "/sample").with(DemoLogins.as("senior.manager")).with(csrf())
                .param("reader", "" + reviewer).param("caseIds", "" + sampled[1])).andExpect(flash().attribute("saved", "review.evidence.sample.done"));
        assertThat(audits("review_case_sample", "CREATE", sampled[0])).isEqualTo(1);

        mvc.perform(get("/api/people/" + sampled[0]).with(DemoLogins.as("reviewer"))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + sampled[1]).with(DemoLogins.as("reviewer"))).andExpect(status().isOk());
        mvc.perform(get("/api/people/" + other[0]).with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + other[1]).with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/people").param("name", "Gwen " + otherName[0]).with(DemoLogins.as("reviewer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + other[0] + ")]").isEmpty());
        mvc.perform(get("/api/people").param("name", "Gwen " + otherName[0]).with(DemoLogins.as("qa.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + other[0] + ")]").isNotEmpty());
        mvc.perform(get("/api/people").param("name", "Gwen " + sampledName[0]).with(DemoLogins.as("reviewer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + sampled[0] + ")]").isNotEmpty());

        long sample = jdbc.sql("SELECT id FROM review_case_sample WHERE review_id = :r").param("r", review).query(Long.class).single();
        long area = EvidenceFixture.area(jdbc, "CARE_MANAGEMENT");
        String form = mvc.perform(get("/joint-reviews/" + review + "/evidence/new/case-file").param("sample", "" + sample).with(DemoLogins.as("reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"case-panel\"").contains(sampledName[0]).contains("/cases/" + sampled[1]);
        var reading = post("/joint-reviews/" + review + "/evidence/case-file").with(DemoLogins.as("reviewer")).with(csrf())
                .param("sampleId", "" + sample).param("readOn", "10/3/2026").param("grade", "ADEQUATE").param("notes", "Plan lacks costs")
                .param("areas", "" + area);
        for (String q : new String[] {"ASSESSMENT_TIMELY", "PLAN_SERVICES", "PLAN_OUTCOMES", "PLAN_RISKS", "PLAN_COSTS", "REVIEWS_ON_TIME",
                "RISK_MANAGED", "VOICE_RECORDED", "WORKER_FITS"}) {
            reading.param("answer." + q, q.equals("PLAN_COSTS") ? "NO" : "YES");
        }
        mvc.perform(reading).andExpect(flash().attribute("saved", "review.evidence.saved"));
        assertThat(audits("review_evidence", "CREATE", sampled[0])).isEqualTo(1);
        long read = jdbc.sql("SELECT id FROM review_evidence WHERE review_id = :r AND kind = 'CASE_FILE'").param("r", review).query(Long.class).single();
        String item = mvc.perform(get("/joint-reviews/" + review + "/evidence/" + read).param("lang", "cy").with(DemoLogins.as("reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(item).contains("id=\"case-panel\"").contains("Plan lacks costs").contains("Digonol");
        int reads = audits("review_evidence", "READ", sampled[0]);
        mvc.perform(get("/api/joint-reviews/" + review + "/evidence").param("kind", "CASE_FILE").with(DemoLogins.as("reviewer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].caseFile.answers.PLAN_COSTS").value("NO"));
        assertThat(audits("review_evidence", "READ", sampled[0])).isEqualTo(reads + 1);

        // another reviewer's case file of a person this reviewer may not see is absent from lists and direct reads
        long otherSample = jdbc.sql("""
                INSERT INTO review_case_sample (review_id, authority_id, case_id, person_id, reviewer_user_id, reviewer_username, how, sampled_by)
                SELECT :r, 1, :c, :p, id, username, 'CHOSEN', 'test' FROM app_user WHERE username = 'qa.officer' RETURNING id""")
                .param("r", review).param("c", other[1]).param("p", other[0]).query(Long.class).single();
        long hidden = jdbc.sql("""
                INSERT INTO review_evidence (review_id, authority_id, kind, sample_id, case_id, person_id, read_by, held_on, grade, created_by)
                VALUES (:r, 1, 'CASE_FILE', :s, :c, :p, 'qa.officer', DATE '2026-03-01', 'INADEQUATE', 'qa.officer') RETURNING id""")
                .param("r", review).param("s", otherSample).param("c", other[1]).param("p", other[0]).query(Long.class).single();
        jdbc.sql("INSERT INTO review_evidence_area (review_id, evidence_id, area_id) VALUES (:r, :e, :a)").param("r", review).param("e", hidden)
                .param("a", area).update();
        mvc.perform(get("/api/joint-reviews/" + review + "/evidence").param("kind", "CASE_FILE").with(DemoLogins.as("reviewer")))
                .andExpect(jsonPath("$.length()").value(1));
        mvc.perform(get("/api/joint-reviews/" + review + "/evidence/" + hidden).with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/joint-reviews/" + review + "/evidence/" + hidden).with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/joint-reviews/" + review + "/evidence").param("kind", "CASE_FILE").with(DemoLogins.as("qa.officer")))
                .andExpect(jsonPath("$.length()").value(2));
        // a reviewer may not record a reading of a case sampled for someone else
        mvc.perform(post("/api/joint-reviews/" + review + "/evidence/case-file").with(DemoLogins.as("reviewer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"sampleId\":" + otherSample + ",\"readOn\":\"2026-03-10\",\"grade\":\"GOOD\",\"areas\":[" + area + "],\"answers\":{"
                        + "\"ASSESSMENT_TIMELY\":\"YES\",\"PLAN_SERVICES\":\"YES\",\"PLAN_OUTCOMES\":\"YES\",\"PLAN_RISKS\":\"YES\",\"PLAN_COSTS\":\"YES\","
                        + "\"REVIEWS_ON_TIME\":\"YES\",\"RISK_MANAGED\":\"YES\",\"VOICE_RECORDED\":\"YES\",\"WORKER_FITS\":\"YES\"}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sampleId"));

        // suggestions: CARE_MANAGEMENT has two case files (adequate 0.67, inadequate 0) = 0.335 -> the second of four levels
        mvc.perform(post("/joint-reviews/" + review + "/evidence/suggestions").with(DemoLogins.as("reviewer")).with(csrf()))
                .andExpect(flash().attribute("saved", "review.evidence.suggest.done"));
        var row = jdbc.sql("""
                SELECT l.code, r.suggestion_reason_en, r.suggestion_reason_cy, r.level_id FROM review_area_rating r
                  JOIN review_scale_level l ON l.id = r.suggested_level_id WHERE r.review_id = :r AND r.area_id = :a""")
                .param("r", review).param("a", area).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).single();
        assertThat(row[0]).isEqualTo("INCONSISTENT");
        assertThat(row[1]).isEqualTo("case files read: 2, average grade 0.34; score 0.34");
        assertThat(row[2]).startsWith("ffeiliau achos a ddarllenwyd: 2");
        assertThat(row[3]).isNull();

        // published: the grant lasts 30 days after publication, then the reviewer sees the person no more
        EvidenceFixture.publish(jdbc, review);
        mvc.perform(get("/api/people/" + sampled[0]).with(DemoLogins.as("reviewer"))).andExpect(status().isOk());
        jdbc.sql("UPDATE review SET published_at = now() - interval '31 days' WHERE id = :r").param("r", review).update();
        mvc.perform(get("/api/people/" + sampled[0]).with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
    }

    @Test
    void aRandomSampleTakesCasesOfTheCouncilNotYetSampled() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        EvidenceFixture.personWithCase(jdbc, null);
        long reviewer = EvidenceFixture.userId(jdbc, "reviewer");
        mvc.perform(post("/joint-reviews/" + review + "/sample").with(DemoLogins.as("senior.manager")).with(csrf()).param("reader", "" + reviewer)
                .param("serviceArea", "ADULTS").param("state", "OPEN").param("count", "3")).andExpect(flash().attribute("saved", "review.evidence.sample.done"));
        assertThat(jdbc.sql("""
                SELECT count(*) FROM review_case_sample s JOIN care_case c ON c.id = s.case_id
                 WHERE s.review_id = :r AND c.service_area = 'ADULTS' AND c.closed_on IS NULL AND s.how = 'RANDOM'""")
                .param("r", review).query(Long.class).single()).isBetween(1L, 3L);
        mvc.perform(post("/joint-reviews/" + review + "/sample").with(DemoLogins.as("senior.manager")).with(csrf()).param("reader", "" + reviewer)
                .param("count", "99")).andExpect(flash().attribute("errors", org.hamcrest.Matchers.hasSize(1)));
        String page = mvc.perform(get("/joint-reviews/" + review + "/sample").param("lang", "cy").with(DemoLogins.as("qa.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"samples\"");
        mvc.perform(post("/joint-reviews/" + review + "/sample").with(DemoLogins.as("qa.officer")).with(csrf()).param("reader", "" + reviewer)
                .param("count", "1")).andExpect(status().isForbidden());
    }
}
