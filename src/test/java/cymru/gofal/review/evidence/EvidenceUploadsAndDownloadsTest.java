package cymru.gofal.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cymru.gofal.platform.web.FormError;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestConfig;

/**
 * Uploads bigger than any valid document get the module's own error (form or problem), never a raw error page;
 * every document download is audited; the sample and the case panel show words, not stored codes.
 */
@IntegrationTest
class EvidenceUploadsAndDownloadsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestConfig.Superuser superuser;

    /** A body as long as the container would see it (MockMvc sends the parts themselves with no length). */
    private static RequestPostProcessor bodyOf(long length) {
        return request -> {
            request.setContent(new byte[(int) length]);
            return request;
        };
    }

    private long evidenceOf(long review) {
        return jdbc.sql("SELECT count(*) FROM review_evidence WHERE review_id = :r").param("r", review).query(Long.class).single();
    }

    @Test
    void aPageUploadTooBigForAnyDocumentGoesBackToTheFormWithTheTooBigError() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        var file = new MockMultipartFile("file", "huge.pdf", "application/pdf", DocumentChecksTest.PDF);
        // No csrf(): in the container the token sits in the body that is never parsed, so the refusal must come first.
        var result = mvc.perform(multipart("/joint-reviews/" + review + "/evidence/document").file(file).param("title", "Huge")
                .with(DemoLogins.as("reviewer")).with(bodyOf(EvidenceUploadLimit.LIMIT + 1)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/joint-reviews/" + review + "/evidence/new/document")).andReturn();
        @SuppressWarnings("unchecked")
        List<FormError> errors = (List<FormError>) result.getFlashMap().get("errors");
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.messageKey()).isEqualTo("review.evidence.error.file.tooBig");
            assertThat(e.args()).containsExactly(10L);
        });
        assertThat(evidenceOf(review)).isZero();
    }

    @Test
    void anApiUploadTooBigForAnyDocumentIsA413ProblemNamingTheFile() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        var file = new MockMultipartFile("file", "huge.pdf", "application/pdf", DocumentChecksTest.PDF);
        mvc.perform(multipart("/api/joint-reviews/" + review + "/evidence/document").file(file).param("title", "Huge")
                .header("Accept-Language", "cy").with(DemoLogins.as("reviewer")).with(bodyOf(EvidenceUploadLimit.LIMIT + 1)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("Rhaid i'r ffeil fod yn 10 MB ar y mwyaf"));
        assertThat(evidenceOf(review)).isZero();
    }

    @Test
    void anUploadWithinTheLimitStillReachesTheFormChecks() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        var file = new MockMultipartFile("file", "small.pdf", "application/pdf", DocumentChecksTest.PDF);
        var result = mvc.perform(multipart("/joint-reviews/" + review + "/evidence/document").file(file).param("title", "Small")
                .with(DemoLogins.as("reviewer")).with(csrf()).with(bodyOf(EvidenceUploadLimit.LIMIT)))
                .andExpect(status().is3xxRedirection()).andReturn();
        @SuppressWarnings("unchecked")
        List<FormError> errors = (List<FormError>) result.getFlashMap().get("errors");
        assertThat(errors).extracting(FormError::field).containsExactly("areas");
    }

    @Test
    void everyDocumentDownloadIsAuditedAsAnExport() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        long area = EvidenceFixture.area(jdbc, "PLANNING");
        var good = new MockMultipartFile("file", "Plan.pdf", "application/pdf", DocumentChecksTest.PDF);
        String body = mvc.perform(multipart("/api/joint-reviews/" + review + "/evidence/document").file(good).param("title", "Plan")
                .param("areas", "" + area).with(DemoLogins.as("reviewer"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+),.*$", "$1").strip());
        assertThat(exports(id)).isZero();
        mvc.perform(get("/joint-reviews/" + review + "/evidence/" + id + "/file").with(DemoLogins.as("qa.officer"))).andExpect(status().isOk());
        mvc.perform(get("/joint-reviews/" + review + "/evidence/" + id + "/file").with(DemoLogins.as("reviewer"))).andExpect(status().isOk());
        assertThat(exports(id)).isEqualTo(2);
        mvc.perform(get("/joint-reviews/" + review + "/evidence/" + (id + 1_000_000) + "/file").with(DemoLogins.as("qa.officer")))
                .andExpect(status().isNotFound());
    }

    private int exports(long id) throws Exception {
        try (var c = superuser.connect(); var st = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE record_type = 'review_evidence' AND action = 'EXPORT' AND record_id = ?")) {
            st.setString(1, String.valueOf(id));
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void theSampleAndTheCasePanelShowWordsNotStoredCodes() throws Exception {
        long review = EvidenceFixture.review(jdbc, "INSPECTION");
        long[] sampled = EvidenceFixture.personWithCase(jdbc, null);
        // A sample is read by a reviewer on the team (the fixture's), never by the senior manager who samples.
        long reader = EvidenceFixture.userId(jdbc, "reviewer");
        mvc.perform(post("/joint-reviews/" + review + "/sample").with(DemoLogins.as("senior.manager")).with(csrf())
                .param("reader", "" + reader).param("caseIds", "" + sampled[1])).andExpect(flash().attribute("saved", "review.evidence.sample.done"));
        long sample = jdbc.sql("SELECT id FROM review_case_sample WHERE review_id = :r").param("r", review).query(Long.class).single();
        String page = mvc.perform(get("/joint-reviews/" + review + "/sample").param("lang", "cy").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Oedolion</td>").doesNotContain("ADULTS<");
        String form = mvc.perform(get("/joint-reviews/" + review + "/evidence/new/case-file").param("sample", "" + sample)
                .param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("(Adults), for reviewer").contains("Completed, awaiting sign-off")
                .doesNotContain("ADULTS").doesNotContain(": COMPLETED");
    }
}
