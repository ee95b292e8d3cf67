package cymru.gofal.platform.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors the container routes to {@code /error}: a GOV.UK-style page (403, 404, 500 and a general one) for
 * people, an RFC 9457 problem for the API and for anything asking for JSON. Never shows a stack trace.
 */
@Controller
class GofalErrorController implements ErrorController {

    private final MessageSource messages;

    GofalErrorController(MessageSource messages) {
        this.messages = messages;
    }

    @PreAuthorize("permitAll()")
    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        String code = switch (status) {
            case FORBIDDEN, NOT_FOUND, INTERNAL_SERVER_ERROR -> String.valueOf(status.value());
            default -> "general";
        };
        ModelAndView mav = new ModelAndView("error/page", status);
        mav.addObject("code", code);
        mav.addObject("status", status.value());
        return mav;
    }

    @PreAuthorize("permitAll()")
    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(), locale));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.setInstance(URI.create(uri.toString()));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
