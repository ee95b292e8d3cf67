package cymru.gofal.review.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The report as a PDF: the {@code pdf} fragment of templates/review/report/report.html (an XHTML document) with
 * report-pdf.css, laid out by openhtmltopdf as the performance pack is. The matrix is its table form (openhtmltopdf
 * draws no SVG without an extra library). Text is set in Liberation Sans, which PDFBox ships and which has the
 * Welsh letters (â ŵ ŷ), embedded so the PDF reads the same on any machine.
 */
@Component
class ReportPdf {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FAMILY = "Liberation Sans";
    static final String PDF_CSS = "templates/review/report/report-pdf.css";
    static final String SCREEN_CSS = "templates/review/report/report.css";

    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final String css;

    ReportPdf(ITemplateEngine templates, ApplicationContext context) throws IOException {
        this.templates = templates;
        this.context = context;
        this.css = new ClassPathResource(PDF_CSS).getContentAsString(StandardCharsets.UTF_8);
    }

    byte[] render(ReportView report, Locale locale) {
        return pdf(xhtml(report, locale));
    }

    String xhtml(ReportView report, Locale locale) {
        Context model = new Context(locale);
        model.setVariable("report", report);
        model.setVariable("pdf", true);
        model.setVariable("printCss", css);
        model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return "<!DOCTYPE html>\n" + templates.process("review/report/report", Set.of("pdf"), model);
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(ReportPdf::font, FAMILY);
            builder.withProducer("Gofal");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = org.apache.pdfbox.pdmodel.PDDocument.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox's font " + FONT + " is missing");
        }
        return in;
    }
}
