package cymru.gofal.review.evidence;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import cymru.gofal.platform.web.FormError;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses evidence document uploads too big to be valid before anything reads their body, so that the user gets the
 * module's own "at most 10 MB" error instead of a raw 413/500/403: the page upload is redirected back to the document
 * form with the error in the GOV.UK error summary, the API upload answers a 413 problem naming the field {@code file}.
 * <p>
 * Why a filter and not an {@code @ExceptionHandler}: the servlet multipart limits ({@code spring.servlet.multipart})
 * fail in {@code DispatcherServlet.checkMultipart}, before a handler is chosen, so neither a controller's handler nor
 * an advice limited to the evidence controllers ever sees the {@code MaxUploadSizeExceededException} (an advice with
 * selectors does not apply to a null handler); and a page upload fails even earlier: Spring Security's CSRF filter
 * reads {@code _csrf} from the body, which the container cannot parse, and answers 403. So this filter runs before
 * Spring Security, on the two document upload paths only. It refuses by Content-Length (nothing read, so no cost
 * even for strangers): no valid upload is longer than {@link DocumentFiles#MAX_BYTES} plus {@link #ALLOWANCE} for the
 * title, areas and part headers. A body without a length (chunked) is parsed here and refused when the container
 * says a size limit was exceeded (the rule Spring's StandardMultipartHttpServletRequest uses). Whatever is not too
 * big goes on unchanged (the handler still checks the file's own size).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class EvidenceUploadLimit extends OncePerRequestFilter {

    /** Room in a request for everything but the file: a 200-character title, the areas, multipart boundaries. */
    static final long ALLOWANCE = 1024L * 1024;
    static final long LIMIT = DocumentFiles.MAX_BYTES + ALLOWANCE;
    private static final Pattern PATH = Pattern.compile("/(api/)?joint-reviews/(\\d{1,18})/evidence/document");
    private static final String TOO_BIG = EvidenceForm.KEY + "file.tooBig";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json = JsonMapper.builder().build();
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    EvidenceUploadLimit(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !PATH.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (tooBig(request)) {
            Matcher m = PATH.matcher(path(request));
            m.matches();
            if (m.group(1) != null) {
                problem(request, response);
            } else {
                backToForm(request, response, m.group(2));
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean tooBig(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length > LIMIT) {
            return true;
        }
        if (length >= 0 || request.getContentType() == null
                || !request.getContentType().toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return false;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException | IOException | ServletException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            return message.contains("size") && message.contains("exceed");
        }
    }

    private static Object[] mb() {
        return new Object[] {DocumentFiles.MAX_BYTES / 1024 / 1024};
    }

    /** An RFC 9457 problem, written here because this runs before Spring MVC (same shape as the API's 400s). */
    private void problem(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String detail = messages.getMessage(TOO_BIG, mb(), locale);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("review.evidence.problem.tooBig", null, locale));
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        problem.put("errors", List.of(Map.of("field", "file", "message", detail)));
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The form again, with the error; kept as a flash attribute only in an existing session (a signed-in user's). */
    private void backToForm(HttpServletRequest request, HttpServletResponse response, String reviewId) throws IOException {
        String target = request.getContextPath() + "/joint-reviews/" + reviewId + "/evidence/new/document";
        FlashMap flash = new FlashMap();
        flash.put("errors", List.of(new FormError("file", TOO_BIG, mb())));
        flash.put("fields", Map.of());
        flash.put("chosenAreas", List.of());
        flash.setTargetRequestPath(target);
        request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, flash);
        if (request.getSession(false) != null) {
            flashMaps.saveOutputFlashMap(flash, request, response);
        }
        response.sendRedirect(target);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
