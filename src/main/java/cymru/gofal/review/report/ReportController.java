package cymru.gofal.review.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cymru.gofal.platform.web.NotFoundException;

/**
 * A review's published summary report: the page (/joint-reviews/{id}/report, in the page language; ?lang=cy switches as
 * on any page), its PDF (audited as an EXPORT), and the report's own style sheet (pages allow no inline style).
 */
@Controller
class ReportController {

    static final MediaType CSS = MediaType.parseMediaType("text/css;charset=UTF-8");

    private final ReviewReports reports;
    private final ReportPdf pdf;
    private final MessageSource messages;
    private final String css;

    ReportController(ReviewReports reports, ReportPdf pdf, MessageSource messages) throws IOException {
        this.reports = reports;
        this.pdf = pdf;
        this.messages = messages;
        this.css = new ClassPathResource(ReportPdf.SCREEN_CSS).getContentAsString(StandardCharsets.UTF_8);
    }

    @PreAuthorize(ReportAccess.READ)
    @GetMapping("/joint-reviews/{id}/report")
    String page(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("report", report(id, locale));
        model.addAttribute("pdf", false);
        return "review/report/report";
    }

    @PreAuthorize(ReportAccess.READ)
    @GetMapping("/joint-reviews/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        byte[] body = pdf.render(report(id, locale), locale);
        reports.exported(id);
        String name = messages.getMessage("review.report.filename", new Object[] {String.valueOf(id)}, locale) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /** The report page's screen and print styles; the same for every report, so it may be cached briefly. */
    @PreAuthorize(ReportAccess.READ)
    @GetMapping("/joint-reviews/report.css")
    ResponseEntity<String> css() {
        return ResponseEntity.ok().contentType(CSS).cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
                .body(css);
    }

    private ReportView report(long id, Locale locale) {
        return reports.find(id, locale).orElseThrow(() -> new NotFoundException("No review report " + id));
    }
}
