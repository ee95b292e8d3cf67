package cymru.gofal.review;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reviews on pages and the API: ratings on the scale only, stale versions refused, published content read-only, access. */
@IntegrationTest
class ReviewPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aReviewerRatesOnTheQuestionsScaleOnlyAndAStalePageIsTold() throws Exception {
        String title = "Inspection " + System.nanoTime();
        mvc.perform(post("/joint-reviews").param("title", title).param("framework", "JR_WALES_2007").param("kind", "INSPECTION")
                .with(csrf()).with(DemoLogins.as("reviewer"))).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM review WHERE title = :t").param("t", title).query(Long.class).single();
        mvc.perform(post("/joint-reviews/" + id + "/ratings").param("version", "0").param("area", "ACCESS").param("level", "WELL_PLACED")
                .param("rationale", "Q2's level on a Q1 area").with(csrf()).with(DemoLogins.as("reviewer")))
                .andExpect(flash().attribute("errors", hasSize(1)));
        mvc.perform(post("/joint-reviews/" + id + "/ratings").param("version", "0").param("area", "ACCESS").param("level", "MAINLY_GOOD")
                .param("rationale", "Contact arrangements mainly sound").with(csrf()).with(DemoLogins.as("reviewer")))
                .andExpect(flash().attribute("saved", "review.saved.rating"));
        mvc.perform(post("/joint-reviews/" + id + "/ratings").param("version", "0").param("area", "ASSESSMENT").param("level", "POOR")
                .param("rationale", "From an old page").with(csrf()).with(DemoLogins.as("reviewer")))
                .andExpect(flash().attribute("errors", hasSize(1)));
        mvc.perform(get("/joint-reviews/" + id).param("lang", "en").with(DemoLogins.as("qa.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Contact arrangements mainly sound")));
        mvc.perform(post("/api/joint-reviews/" + id + "/ratings").contentType(MediaType.APPLICATION_JSON)
                .content("{\"area\":\"ASSESSMENT\",\"level\":\"POOR\",\"rationale\":\"x\"}").with(DemoLogins.as("reviewer")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/joint-reviews/" + id + "/ratings").header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"area\":\"ASSESSMENT\",\"level\":\"POOR\",\"rationale\":\"x\"}").with(DemoLogins.as("reviewer")))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post("/api/joint-reviews/" + id + "/ratings").header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"area\":\"ASSESSMENT\",\"level\":\"EXCELLENT_PLUS\",\"rationale\":\"x\"}").with(DemoLogins.as("reviewer")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("level"));
    }

    @Test
    void statusMovesOneStepForwardAndPublishingNeedsEveryRating() throws Exception {
        String title = "Steps " + System.nanoTime();
        mvc.perform(post("/joint-reviews").param("title", title).param("framework", "JR_WALES_2007").param("kind", "INSPECTION")
                .with(csrf()).with(DemoLogins.as("reviewer")));
        long id = jdbc.sql("SELECT id FROM review WHERE title = :t").param("t", title).query(Long.class).single();
        mvc.perform(post("/joint-reviews/" + id + "/status").param("version", "0").param("status", "PUBLISHED")
                .with(csrf()).with(DemoLogins.as("reviewer"))).andExpect(flash().attribute("errors", hasSize(1)));
        mvc.perform(post("/joint-reviews/" + id + "/status").param("version", "0").param("status", "FIELDWORK")
                .with(csrf()).with(DemoLogins.as("reviewer"))).andExpect(flash().attribute("saved", "review.saved.status"));
        mvc.perform(post("/joint-reviews/" + id + "/status").param("version", "1").param("status", "JUDGEMENT")
                .with(csrf()).with(DemoLogins.as("reviewer")));
        mvc.perform(post("/joint-reviews/" + id + "/status").param("version", "2").param("status", "PUBLISHED")
                .with(csrf()).with(DemoLogins.as("reviewer"))).andExpect(flash().attribute("errors", hasSize(1)));
    }

    @Test
    void thePublished2007ReviewIsReadOnlyOnPagesAndApi() throws Exception {
        long id = jdbc.sql("SELECT id FROM review WHERE load_key = 'MERTHYR_2007'").query(Long.class).single();
        int version = jdbc.sql("SELECT version FROM review WHERE id = :id").param("id", id).query(Integer.class).single();
        mvc.perform(post("/joint-reviews/" + id + "/findings").param("version", String.valueOf(version)).param("kind", "KEY_FINDING")
                .param("text", "Late addition").with(csrf()).with(DemoLogins.as("reviewer")))
                .andExpect(flash().attribute("errors", hasSize(1)));
        mvc.perform(post("/api/joint-reviews/" + id + "/ratings").header("If-Match", "\"" + version + "\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"area\":\"ACCESS\",\"level\":\"POOR\",\"rationale\":\"x\"}").with(DemoLogins.as("reviewer")))
                .andExpect(status().isConflict());
        mvc.perform(get("/joint-reviews/" + id).param("lang", "en").with(DemoLogins.as("qa.officer")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mainly good")));
        mvc.perform(get("/api/joint-reviews/" + id).with(DemoLogins.as("admin"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.priorities", hasSize(3)));
    }

    @Test
    void councillorsAndPractitionersHaveNoAccess() throws Exception {
        for (String user : new String[] {"councillor", "practitioner"}) {
            mvc.perform(get("/joint-reviews").with(DemoLogins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/review-frameworks").with(DemoLogins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/review/frameworks").with(DemoLogins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/review-frameworks/JR_WALES_2007").with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.questions", hasSize(2)));
    }

    @Test
    void onlyAnAdminDefinesAFrameworkAndALockedOneCannotChange() throws Exception {
        String code = "T" + (System.nanoTime() % 1_000_000_000L);
        mvc.perform(post("/review/frameworks").param("code", code).param("nameEn", "Test").param("nameCy", "Prawf")
                .param("descriptionEn", "d").param("descriptionCy", "d").with(csrf()).with(DemoLogins.as("reviewer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/review/frameworks").param("code", code).param("nameEn", "Test").param("nameCy", "Prawf")
                .param("descriptionEn", "d").param("descriptionCy", "d").with(csrf()).with(DemoLogins.as("admin")))
                .andExpect(flash().attribute("saved", "review.framework.saved"));
        mvc.perform(post("/review/frameworks/" + code + "/scales").param("version", "0").param("scaleCode", "S")
                .param("scaleNameEn", "Scale").param("scaleNameCy", "Graddfa").param("levels", "Bad | Drwg\nGood | Da")
                .with(csrf()).with(DemoLogins.as("admin"))).andExpect(flash().attribute("saved", "review.framework.saved"));
        mvc.perform(post("/review/frameworks/" + code + "/lock").param("version", "1").with(csrf()).with(DemoLogins.as("admin")))
                .andExpect(flash().attribute("errors", hasSize(1)));
        mvc.perform(post("/review/frameworks/JR_WALES_2007/scales").param("version", "0").param("scaleCode", "X")
                .param("scaleNameEn", "X").param("scaleNameCy", "X").param("levels", "A | A\nB | B")
                .with(csrf()).with(DemoLogins.as("admin"))).andExpect(flash().attribute("errors", hasSize(1)));
    }
}
