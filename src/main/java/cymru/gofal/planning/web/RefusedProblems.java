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
import cymru.gofal.planning.internal.RefusedConflict;
import cymru.gofal.platform.web.ApiExceptionHandler.FieldProblem;

/**
 * The plan rules' refusals as the API's RFC 9457 problem naming each bad field in the caller's language: 400, or 409
 * when the record's state refuses the change ({@link RefusedConflict}: a direct payment already offered).
 */
@RestControllerAdvice(assignableTypes = {PlanApiController.class, DirectPaymentApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusedProblems {

    private final MessageSource messages;

    RefusedProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused e, HttpServletRequest request, Locale locale) {
        return problem(e, HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid.title", null, locale),
                messages.getMessage("problem.invalid", null, locale), request, locale);
    }

    @ExceptionHandler(RefusedConflict.class)
    ResponseEntity<ProblemDetail> conflict(RefusedConflict e, HttpServletRequest request, Locale locale) {
        String detail = messages.getMessage(e.errors().get(0).messageKey(), e.errors().get(0).args(), locale);
        return problem(e, HttpStatus.CONFLICT, messages.getMessage("problem.conflict.title", null, locale), detail, request, locale);
    }

    private ResponseEntity<ProblemDetail> problem(Refused e, HttpStatus status, String title, String detail, HttpServletRequest request,
            Locale locale) {
        List<FieldProblem> errors = e.errors().stream()
                .map(f -> new FieldProblem(f.field(), messages.getMessage(f.messageKey(), f.args(), locale))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
