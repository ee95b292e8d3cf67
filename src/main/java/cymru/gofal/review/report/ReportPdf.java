package cymru.gofal.review.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.web.PdfDocuments;

/**
 * The report as a PDF: the {@code pdf} fragment of templates/review/report/report.html with report-pdf.css, laid
 * out as every Gofal PDF is ({@link PdfDocuments}). The matrix is its table form (openhtmltopdf draws no SVG without
 * an extra library).
 */
@Component
class ReportPdf {

    static final String PDF_CSS = "templates/review/report/report-pdf.css";
    static final String SCREEN_CSS = "templates/review/report/report.css";

    private final PdfDocuments pdfs;
    private final String css;

    ReportPdf(PdfDocuments pdfs) throws IOException {
        this.pdfs = pdfs;
        this.css = new ClassPathResource(PDF_CSS).getContentAsString(StandardCharsets.UTF_8);
    }

    byte[] render(ReportView report, Locale locale) {
        return pdfs.render("review/report/report", variables(report), locale);
    }


    private Map<String, Object> variables(ReportView report) {
        return Map.of("report", report, "pdf", true, "printCss", css);
    }
}
