package cymru.gofal.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.platform.web.FormError;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

@IntegrationTest
class EvidenceKindsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private String json(String path, String user, String body) throws Exception {
        return mvc.perform(post(path).with(DemoLogins.as(user)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void interviewsSurveysAndIndicatorsAreAddedTaggedToAreasAndListedByArea() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        long access = EvidenceFixture.area(jdbc, "ACCESS");
        long quality = EvidenceFixture.area(jdbc, "QUALITY");
        mvc.perform(post("/joint-reviews/" + review + "/evidence/interview").with(DemoLogins.as("reviewer")).with(csrf())
                .param("who", "Head of adult services").param("roleOrganisation", "Council").param("heldOn", "3/2/2026")
                .param("notes", "Waiting lists are watched weekly").param("areas", "" + access, "" + quality))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("saved", "review.evidence.saved"));
        mvc.perform(post("/api/joint-reviews/" + review + "/evidence/survey").with(DemoLogins.as("reviewer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Carers survey\",\"respondents\":212,\"question\":\"Felt listened to\",\"resultPercent\":\"71.5\",\"areas\":[" + quality + "]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.survey.resultPercent").value(71.5)).andExpect(jsonPath("$.areaIds[0]").value(quality));
        mvc.perform(post("/api/joint-reviews/" + review + "/evidence/indicator").with(DemoLogins.as("reviewer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"indicatorCode\":\"SCC/006\",\"periodFrom\":\"2025-04-01\",\"periodTo\":\"2026-03-31\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.indicator.code").value("SCC/006"))
                .andExpect(jsonPath("$.indicator.status").isNotEmpty()).andExpect(jsonPath("$.indicator.frozenAt").isNotEmpty())
                .andExpect(jsonPath("$.areaIds[0]").value(access));
        mvc.perform(get("/api/joint-reviews/" + review + "/evidence").param("area", "" + quality).with(DemoLogins.as("qa.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        String page = mvc.perform(get("/joint-reviews/" + review + "/evidence").param("lang", "cy").with(DemoLogins.as("qa.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Head of adult services").contains("Carers survey").contains("SCC/006").doesNotContain("suggest-ratings");
        mvc.perform(get("/joint-reviews/" + review + "/evidence/new/survey").with(DemoLogins.as("reviewer"))).andExpect(status().isOk());
        mvc.perform(get("/joint-reviews/" + review + "/evidence/new/indicator").with(DemoLogins.as("senior.manager"))).andExpect(status().isOk());
    }

    @Test
    void badInputIsRefusedNamingEveryField() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        mvc.perform(post("/api/joint-reviews/" + review + "/evidence/survey").with(DemoLogins.as("reviewer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"\",\"respondents\":-3,\"question\":\"<script>\u202E\",\"resultPercent\":\"101\",\"areas\":[999999999]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(5));
        var result = mvc.perform(post("/joint-reviews/" + review + "/evidence/interview").with(DemoLogins.as("reviewer")).with(csrf())
                .param("who", "").param("heldOn", "30/2/2026").param("notes", "x")).andExpect(status().is3xxRedirection()).andReturn();
        @SuppressWarnings("unchecked")
        List<FormError> errors = (List<FormError>) result.getFlashMap().get("errors");
        assertThat(errors).extracting(FormError::field).containsExactlyInAnyOrder("who", "heldOn", "areas");
        assertThat(jdbc.sql("SELECT count(*) FROM review_evidence WHERE review_id = :r").param("r", review).query(Long.class).single()).isZero();
    }

    @Test
    void aDocumentIsStoredWithItsShaAndServedOnlyAsAnAttachmentWhileFakesAreRefused() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        long area = EvidenceFixture.area(jdbc, "PLANNING");
        var good = new MockMultipartFile("file", "Strategic plan.pdf", "application/pdf", DocumentChecksTest.PDF);
        String body = mvc.perform(multipart("/api/joint-reviews/" + review + "/evidence/document").file(good).param("title", "Transformational Strategic Plan")
                .param("areas", "" + area).with(DemoLogins.as("reviewer"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.document.sha256").value(DocumentFiles.sha256(DocumentChecksTest.PDF)))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1").strip());
        mvc.perform(get("/joint-reviews/" + review + "/evidence/" + id + "/file").with(DemoLogins.as("qa.officer"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/joint-reviews/" + review + "/evidence/" + id + "/file").with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        var fake = new MockMultipartFile("file", "fake.pdf", "application/pdf", "<html>not a pdf</html>".getBytes());
        var refused = mvc.perform(multipart("/joint-reviews/" + review + "/evidence/document").file(fake).param("title", "Fake")
                .param("areas", "" + area).with(DemoLogins.as("reviewer")).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        @SuppressWarnings("unchecked")
        List<FormError> errors = (List<FormError>) refused.getFlashMap().get("errors");
        assertThat(errors).extracting(FormError::messageKey).containsExactly("review.evidence.error.file.content");
        var exe = new MockMultipartFile("file", "run.exe", "application/pdf", DocumentChecksTest.PDF);
        mvc.perform(multipart("/api/joint-reviews/" + review + "/evidence/document").file(exe).param("title", "Exe").param("areas", "" + area)
                .with(DemoLogins.as("reviewer"))).andExpect(status().isBadRequest());
        var big = new MockMultipartFile("file", "big.pdf", "application/pdf", new byte[(int) DocumentFiles.MAX_BYTES + 1]);
        mvc.perform(multipart("/api/joint-reviews/" + review + "/evidence/document").file(big).param("title", "Big").param("areas", "" + area)
                .with(DemoLogins.as("reviewer"))).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM review_evidence WHERE review_id = :r").param("r", review).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPublishedReviewsEvidenceIsReadOnly() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        long area = EvidenceFixture.area(jdbc, "ACCESS");
        EvidenceFixture.publish(jdbc, review);
        mvc.perform(post("/api/joint-reviews/" + review + "/evidence/interview").with(DemoLogins.as("reviewer")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"who\":\"Staff\",\"heldOn\":\"2026-02-02\",\"notes\":\"n\",\"areas\":[" + area + "]}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").isNotEmpty());
        var page = mvc.perform(post("/joint-reviews/" + review + "/evidence/interview").with(DemoLogins.as("reviewer")).with(csrf())
                .param("who", "Staff").param("heldOn", "2/2/2026").param("notes", "n").param("areas", "" + area)).andReturn();
        @SuppressWarnings("unchecked")
        List<FormError> errors = (List<FormError>) page.getFlashMap().get("errors");
        assertThat(errors).extracting(FormError::messageKey).containsExactly("review.evidence.error.published");
        mvc.perform(post("/joint-reviews/" + review + "/evidence/suggestions").with(DemoLogins.as("senior.manager")).with(csrf()))
                .andExpect(flash().attributeExists("errors"));
        String list = mvc.perform(get("/joint-reviews/" + review + "/evidence").with(DemoLogins.as("reviewer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"read-only\"").doesNotContain("id=\"add-links\"");
    }

    @Test
    void rolesOutsideTheReviewAreRefused() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        for (String user : new String[] {"councillor", "practitioner"}) {
            mvc.perform(get("/joint-reviews/" + review + "/evidence").with(DemoLogins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/joint-reviews/" + review + "/evidence").with(DemoLogins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/joint-reviews/" + review + "/evidence/survey").with(DemoLogins.as("qa.officer")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        jdbc.sql("DELETE FROM review_member WHERE review_id = :r").param("r", review).update();
        mvc.perform(post("/api/joint-reviews/" + review + "/evidence/survey").with(DemoLogins.as("reviewer")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());
        mvc.perform(get("/api/joint-reviews/999999999/evidence").with(DemoLogins.as("qa.officer"))).andExpect(status().isNotFound());
    }
}
