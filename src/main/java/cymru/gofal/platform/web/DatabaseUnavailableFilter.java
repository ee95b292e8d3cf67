package cymru.gofal.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

import cymru.gofal.platform.security.ContentSecurityPolicy;

/**
 * The outer safety net for a database outage. Sessions, sign-in and every record live in PostgreSQL, so when
 * it cannot be reached (down, or every connection busy past the pool's 2-second wait) the failure can surface
 * anywhere, even before a controller runs. This filter, the one place that handles it, sits outside the session
 * filter and answers 503 with
 * Retry-After: a bilingual GOV.UK page for people, an RFC 9457 problem for the API. Nothing here touches the
 * database, so the answer comes at once and the service recovers by itself when the database returns.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final JsonMapper json;

    DatabaseUnavailableFilter(ITemplateEngine templates, MessageSource messages, JsonMapper json) {
        this.templates = templates;
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!isDatabaseUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable, answering 503: {}", rootMessage(e));
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setHeader("Cache-Control", "no-store");
            // reset() dropped the security headers set so far: the outage answer keeps them.
            response.setHeader("Content-Security-Policy", ContentSecurityPolicy.PAGES);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setCharacterEncoding("UTF-8");
            Locale locale = "cy".equals(request.getParameter("lang")) ? Locale.forLanguageTag("cy") : Locale.ENGLISH;
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                        messages.getMessage("error.503.body", null, locale));
                problem.setTitle(messages.getMessage("error.503.title", null, locale));
                json.writeValue(response.getWriter(), problem);
            } else {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.getWriter().write(templates.process("error/unavailable", new Context(Locale.ENGLISH,
                        Map.of("en", texts(Locale.ENGLISH), "cy", texts(Locale.forLanguageTag("cy"))))));
            }
        }
    }

    private Map<String, String> texts(Locale locale) {
        return Map.of("service", messages.getMessage("service.name", null, locale),
                "title", messages.getMessage("error.503.title", null, locale),
                "body", messages.getMessage("error.503.body", null, locale),
                "next", messages.getMessage("error.503.next", null, locale));
    }

    /** Whether the failure, or any of its causes, is the database being unreachable. */
    public static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof QueryTimeoutException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

}
