package cymru.gofal.performance.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import cymru.gofal.performance.internal.Period;
import cymru.gofal.performance.internal.ReviewPack;
import cymru.gofal.platform.web.FormError;

/**
 * The quarterly business review pack: the page, and its PDF and XLSX downloads (each audited as an EXPORT).
 * {@code quarter} is "2026-Q2" (the financial year 2026-27, July to September); without it, the last quarter that
 * has ended. A quarter that is not of that form, before 2000 or not yet ended is a 400 page saying which to choose.
 */
@Controller
class PackController {

    static final int FIRST_YEAR = 2000;
    /** Complete quarters offered by the page's chooser, newest first. */
    static final int CHOICES = 12;
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReviewPack packs;
    private final PackPdf pdf;
    private final PackXlsx xlsx;
    private final PerformanceFormat format;
    private final MessageSource messages;

    PackController(ReviewPack packs, PackPdf pdf, PackXlsx xlsx, PerformanceFormat format, MessageSource messages) {
        this.packs = packs;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.format = format;
        this.messages = messages;
    }

    @PreAuthorize(PerformanceAccess.READ)
    @GetMapping("/performance/pack")
    String page(@RequestParam(required = false) String quarter, Locale locale, Model model) {
        Period chosen = quarter(quarter);
        model.addAttribute("pack", packs.of(chosen, locale));
        model.addAttribute("quarterCode", ReviewPack.code(chosen));
        model.addAttribute("choices", choices(chosen));
        model.addAttribute("errors", List.of());
        return "performance/pack";
    }

    @PreAuthorize(PerformanceAccess.READ)
    @GetMapping("/performance/pack.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String quarter, Locale locale) {
        Period chosen = quarter(quarter);
        byte[] body = pdf.render(packs.of(chosen, locale), locale);
        packs.exported(chosen, "pdf");
        return download(body, MediaType.APPLICATION_PDF, chosen, "pdf", locale);
    }

    @PreAuthorize(PerformanceAccess.READ)
    @GetMapping("/performance/pack.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String quarter, Locale locale) {
        Period chosen = quarter(quarter);
        byte[] body = xlsx.render(packs.of(chosen, locale), locale);
        packs.exported(chosen, "xlsx");
        return download(body, XLSX, chosen, "xlsx", locale);
    }

    /** A bad quarter: the pack page with the message and the chooser, no figures. */
    @ExceptionHandler(BadQuarter.class)
    ModelAndView badQuarter(BadQuarter e) {
        ModelAndView mav = new ModelAndView("performance/pack", HttpStatus.BAD_REQUEST);
        mav.addObject("pack", null);
        mav.addObject("quarterCode", ReviewPack.code(packs.lastComplete()));
        mav.addObject("choices", choices(packs.lastComplete()));
        mav.addObject("errors", List.of(e.error));
        return mav;
    }

    private Period quarter(String code) {
        Period last = packs.lastComplete();
        if (code == null || code.isBlank()) {
            return last;
        }
        Period q = ReviewPack.parse(code.strip());
        if (q == null) {
            throw new BadQuarter(new FormError("quarter", "performance.pack.error.format", ReviewPack.code(last)));
        }
        if (q.financialYear() < FIRST_YEAR) {
            throw new BadQuarter(new FormError("quarter", "performance.pack.error.tooEarly", FIRST_YEAR + "-Q1"));
        }
        if (q.start().isAfter(last.start())) {
            throw new BadQuarter(new FormError("quarter", "performance.pack.error.notEnded", format.quarter(last)));
        }
        return q;
    }

    /** The complete quarters to choose from, newest first, with the chosen one among them. */
    private List<Choice> choices(Period chosen) {
        List<Choice> out = new ArrayList<>();
        LocalDate day = packs.lastComplete().start();
        for (int k = 0; k < CHOICES; k++) {
            Period q = Period.quarterOf(day);
            out.add(new Choice(ReviewPack.code(q), format.quarter(q)));
            day = q.start().minusDays(1);
        }
        if (out.stream().noneMatch(c -> c.code().equals(ReviewPack.code(chosen)))) {
            out.add(new Choice(ReviewPack.code(chosen), format.quarter(chosen)));
        }
        return out;
    }

    record Choice(String code, String label) {
    }

    private ResponseEntity<byte[]> download(byte[] body, MediaType type, Period quarter, String extension, Locale locale) {
        String name = messages.getMessage("performance.pack.filename", new Object[] {ReviewPack.code(quarter)}, locale) + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    /** The quarter asked for cannot be shown; {@code error} says why. */
    static final class BadQuarter extends RuntimeException {

        private final transient FormError error;

        BadQuarter(FormError error) {
            super(error.messageKey());
            this.error = error;
        }
    }
}
