package cymru.gofal.planning.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cymru.gofal.planning.internal.Refused;
import cymru.gofal.platform.web.ApiExceptionHandler.FieldProblem;

/** The plan rules' refusals as the API's RFC 9457 400 problem, naming each bad field in the caller's language. */
@RestControllerAdvice(assignableTypes = {PlanApiController.class, DirectPaymentApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusedProblems {

    private final MessageSource messages;

    RefusedProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused e, HttpServletRequest request, Locale locale) {
        List<FieldProblem> errors = e.errors().stream()
                .map(f -> new FieldProblem(f.field(), messages.getMessage(f.messageKey(), f.args(), locale))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid", null, locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
