package cymru.gofal.performance.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import cymru.gofal.performance.internal.ReviewPack;
import cymru.gofal.platform.web.PdfDocuments;

/**
 * The pack as a PDF: the {@code pdf} fragment of templates/performance/pack.html (a page per service) with the print
 * CSS of templates/performance/pack-print.css, laid out as every Gofal PDF is ({@link PdfDocuments}).
 */
@Component
class PackPdf {

    static final String CSS = "templates/performance/pack-print.css";

    private final PdfDocuments pdfs;
    private final String css;

    PackPdf(PdfDocuments pdfs) throws IOException {
        this.pdfs = pdfs;
        this.css = new ClassPathResource(CSS).getContentAsString(StandardCharsets.UTF_8);
    }

    byte[] render(ReviewPack.Pack pack, Locale locale) {
        return pdfs.render("performance/pack", Map.of("pack", pack, "printCss", css), locale);
    }

}
