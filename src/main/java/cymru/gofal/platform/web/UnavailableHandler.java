package cymru.gofal.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The database cannot be reached (down, stalled, or every connection busy for longer than the pool's
 * 2-second wait): pages answer a GOV.UK "service unavailable" page with 503 and Retry-After, rather than
 * hanging or showing an error; the API answers the same status as a problem (see ApiExceptionHandler).
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UnavailableHandler {

    private static final Logger log = LoggerFactory.getLogger(UnavailableHandler.class);

    @ExceptionHandler({DataAccessResourceFailureException.class, QueryTimeoutException.class})
    ModelAndView unavailable(Exception e, HttpServletResponse response) {
        log.warn("Database unavailable: {}", e.getMessage());
        response.setHeader("Retry-After", "30");
        ModelAndView mav = new ModelAndView("error/page", HttpStatus.SERVICE_UNAVAILABLE);
        mav.addObject("code", "503");
        return mav;
    }
}
