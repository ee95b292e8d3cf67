package cymru.gofal.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Documents as PDF (the performance pack, the joint review report): a template's {@code pdf} fragment (an XHTML
 * document, templates calling beans as on the page) laid out by openhtmltopdf, tagged for accessibility (PDF/UA).
 * Text is set in Liberation Sans, the font PDFBox itself ships, embedded, so Welsh letters such as ŵ and ŷ print on
 * any machine without installed fonts; a template names it as {@link #FAMILY}.
 */
@Component
public class PdfDocuments {

    public static final String FAMILY = "Liberation Sans";
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ITemplateEngine templates;
    private final ApplicationContext context;

    PdfDocuments(ITemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    /** The XHTML of the template's {@code pdf} fragment with these variables, in the language given. */
    public String xhtml(String template, Map<String, Object> variables, Locale locale) {
        Context model = new Context(locale);
        variables.forEach(model::setVariable);
        model.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return "<!DOCTYPE html>\n" + templates.process(template, Set.of("pdf"), model);
    }

    /** The PDF laid out from the template's {@code pdf} fragment. */
    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        return pdf(xhtml(template, variables, locale));
    }

    static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(PdfDocuments::font, FAMILY);
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
