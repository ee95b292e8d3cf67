package cymru.gofal.performance.web;

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

import cymru.gofal.performance.internal.ReviewPack;

/**
 * The pack as a PDF: the {@code pdf} fragment of templates/performance/pack.html (an XHTML document, a page per
 * service) with the print CSS of templates/performance/pack-print.css, laid out by openhtmltopdf. The text is set in Liberation Sans, the font PDFBox itself ships,
 * embedded, so Welsh letters such as ŵ and ŷ print on any machine without installed fonts.
 */
@Component
class PackPdf {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FAMILY = "Liberation Sans";
    static final String CSS = "templates/performance/pack-print.css";

    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final String css;

    PackPdf(ITemplateEngine templates, ApplicationContext context) throws IOException {
        this.templates = templates;
        this.context = context;
        this.css = new ClassPathResource(CSS).getContentAsString(StandardCharsets.UTF_8);
    }

    byte[] render(ReviewPack.Pack pack, Locale locale) {
        return pdf(xhtml(pack, locale));
    }

    /** The XHTML the PDF is laid out from; templates call beans ({@code @performanceFormat}) as on the page. */
    String xhtml(ReviewPack.Pack pack, Locale locale) {
        Context model = new Context(locale);
        model.setVariable("pack", pack);
        model.setVariable("printCss", css);
        model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return "<!DOCTYPE html>\n" + templates.process("performance/pack", Set.of("pdf"), model);
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(PackPdf::font, FAMILY);
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
