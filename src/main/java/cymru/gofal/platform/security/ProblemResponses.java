package cymru.gofal.platform.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem responses for the API's security failures (not signed in; not allowed). */
@Component
class ProblemResponses {

    private final JsonMapper json;
    private final MessageSource messages;

    ProblemResponses(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /**
     * 401. Scripts are told to use HTTP Basic; a browser is not challenged, so it never prompts for and
     * caches Basic credentials (which it would then send on cross-site requests).
     */
    void unauthorised(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (cymru.gofal.platform.web.DatabaseUnavailableFilter.isDatabaseUnavailable(e)) {
            throw e;
        }
        String accept = request.getHeader("Accept");
        if (accept == null || !accept.contains("text/html")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Gofal\", charset=\"UTF-8\"");
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorised");
    }

    /** 403: a missing or wrong CSRF token says so, rather than blaming the user's role. */
    void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, e instanceof org.springframework.security.web.csrf.CsrfException
                ? "problem.csrf" : "problem.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key) throws IOException {
        var locale = RequestContextUtils.getLocaleResolver(request) != null
                ? RequestContextUtils.getLocale(request) : LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
