package cymru.gofal.review.report;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.review.internal.PublishedReviewLoader;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who reads a report (published: all who answer for the services; a draft: the review team's roles), the Welsh, the PDF. */
@IntegrationTest
@WithMockUser(roles = "REVIEWER")
class ReportAccessAndPdfTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PublishedReviewLoader loader;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    long published;

    @BeforeEach
    void load() {
        published = tx.execute(s -> loader.load(PublishedReviewLoader.MERTHYR_2007).orElseThrow());
    }

    @Test
    void everyRoleThatAnswersForTheServicesReadsAPublishedReportAndNoOneElse() throws Exception {
        for (String user : new String[] {"reviewer", "senior.manager", "team.manager", "qa.officer", "admin", "councillor"}) {
            mvc.perform(get("/joint-reviews/{id}/report", published).with(DemoLogins.as(user))).andExpect(status().isOk());
        }
        for (String user : new String[] {"practitioner", "finance.officer"}) {
            mvc.perform(get("/joint-reviews/{id}/report", published).with(DemoLogins.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/joint-reviews/{id}/report.pdf", published).with(DemoLogins.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/joint-reviews/{id}/report", Long.MAX_VALUE).with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
    }

    @Test
    void aCouncillorFindsThePublishedReportsButNoDraftAndAPractitionerNone() throws Exception {
        long draft = jdbc.sql("""
                INSERT INTO review (authority_id, framework, kind, title, created_by) VALUES (1, 'JR_WALES_2007', 'INSPECTION',
                       'Draft review not for councillors', 'test') RETURNING id""").query(Long.class).single();
        String page = mvc.perform(get("/joint-reviews/published").param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page).contains("/joint-reviews/" + published + "/report")
                .doesNotContain("/joint-reviews/" + draft + "/report").doesNotContain("Draft review not for councillors");
        mvc.perform(get("/joint-reviews/published").with(DemoLogins.as("practitioner"))).andExpect(status().isForbidden());
    }

    @Test
    void aDraftIsTheReviewTeamsOnlyMarkedAsADraftWithThePreviousReviewOnTheMatrix() throws Exception {
        long draft = draftAfter(published);
        for (String user : new String[] {"councillor", "team.manager", "admin"}) {
            mvc.perform(get("/joint-reviews/{id}/report", draft).with(DemoLogins.as(user))).andExpect(status().isNotFound());
        }
        String html = mvc.perform(get("/joint-reviews/{id}/report", draft).param("lang", "en").with(DemoLogins.as("qa.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"draft-banner\"").contains("id=\"matrix-current\"").contains("id=\"matrix-previous\"");
        String text = ReportHtml.text(html);
        assertThat(text).contains("This review (the circle): Excellent; Strongly placed.")
                .contains("The previous review, Joint Review of Merthyr Tydfil County Borough Council Social Services (the square): Mainly good; Well placed.");
        assertThat(ReportHtml.text(html.substring(html.indexOf("id=\"matrix-table\"")))).contains("Well placed Previous review");
    }

    @Test
    void theReportInWelshHasWelshLabelsAndContentAndSaysTheWelshIsGofalsOwnTranslation() throws Exception {
        String html = mvc.perform(get("/joint-reviews/{id}/report", published).param("lang", "cy").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String text = ReportHtml.text(html);
        assertThat(html).contains("id=\"welsh-notice\"");
        assertThat(text).contains("Cyfieithiad Gofal ei hun yw Cymraeg yr adroddiad hwn").contains("Rhagair")
                .contains("1.3 Blaenoriaethau ar gyfer gweithredu").contains("Thema 1: Cael help").contains("Da ar y cyfan")
                .contains("Mewn sefyllfa ansicr").contains("Dylai'r Cyngor:").contains("Cyngor Bwrdeistref Sirol Merthyr Tudful")
                .contains("1. Sicrhau mwy o gysondeb yn ansawdd asesiadau").contains("Tachwedd 2006");
        // English kept where there is no Welsh (the theme narratives), marked as English for screen readers.
        assertThat(html).contains("<p class=\"govuk-body\" lang=\"en\">The Review Team found that comprehensive");
    }

    @Test
    void thePdfOpensHoldsTheRatingsAndIsAuditedAsAnExport() throws Exception {
        long before = exports(published);
        byte[] pdf = mvc.perform(get("/joint-reviews/{id}/report.pdf", published).param("lang", "en").with(DemoLogins.as("councillor")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"review-" + published + "-summary-report.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Joint Review of Merthyr Tydfil County Borough Council Social Services")
                    .contains("Exhibit 1: Merthyr Tydfil County Borough Council's position in the joint review performance matrix")
                    .contains("Theme 1: Getting help").contains("Poor Inconsistent Mainly good Excellent")
                    .contains("Badly placed Uncertainly placed Well placed Strongly placed").contains("Promoting independence & social inclusion")
                    .contains("•").contains("1. Achieving greater consistency");
        }
        assertThat(exports(published)).isEqualTo(before + 1);
    }

    @Test
    void theWelshPdfIsNamedInWelshAndPrintsWelshLetters() throws Exception {
        byte[] pdf = mvc.perform(get("/joint-reviews/{id}/report.pdf", published).param("lang", "cy").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"adolygiad-" + published + "-adroddiad-cryno.pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Themâu").contains("Tîm yr adolygiad").contains("Da ar y cyfan").contains("Mewn sefyllfa dda")
                    .contains("Cyfieithiad Gofal ei hun");
        }
    }

    @Test
    void theReportsStyleSheetIsServed() throws Exception {
        mvc.perform(get("/joint-reviews/report.css").with(DemoLogins.as("councillor"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/css;charset=UTF-8"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("@media print")));
    }

    private long exports(long review) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND record_type = 'review_report' AND record_id = :r")
                .param("r", review + ".pdf").query(Long.class).single();
    }

    /** A review in planning after the given one, judged Excellent and Strongly placed (unique title per run). */
    private long draftAfter(long previous) {
        return tx.execute(s -> {
            long id = jdbc.sql("""
                    INSERT INTO review (authority_id, framework, kind, title, previous_review_id, created_by)
                    VALUES (1, 'JR_WALES_2007', 'SELF_ASSESSMENT', :t, :p, 'test') RETURNING id""")
                    .param("t", "Report draft " + System.nanoTime()).param("p", previous).query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO review_question_judgement (review_id, question_id, level_id, judged_by, judged_at)
                    SELECT :r, q.id, l.id, 'test', now() FROM review_question q JOIN review_scale_level l ON l.scale_id = q.scale_id
                     WHERE q.framework = 'JR_WALES_2007' AND l.ordinal = 4""").param("r", id).update();
            return id;
        });
    }
}
