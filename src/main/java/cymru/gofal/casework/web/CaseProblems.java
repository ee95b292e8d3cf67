package cymru.gofal.casework.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import cymru.gofal.casework.internal.CaseConflict;
import cymru.gofal.casework.internal.InvalidCase;
import cymru.gofal.platform.web.ApiExceptionHandler.FieldProblem;

/**
 * The case rules' refusals as the API's RFC 9457 problems: bad input is a 400 naming each field; a case whose state refuses
 * the change (closed, already open, a note already corrected) is a 409 saying why, in the caller's language.
 */
@RestControllerAdvice(assignableTypes = CaseApiController.class)
class CaseProblems {

    private final MessageSource messages;

    CaseProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidCase.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCase e, HttpServletRequest request, Locale locale) {
        List<FieldProblem> errors = e.errors().stream()
                .map(f -> new FieldProblem(f.field(), messages.getMessage(f.messageKey(), f.args(), locale))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid", null, locale));
        problem.setTitle(messages.getMessage("problem.invalid.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(CaseConflict.class)
    ResponseEntity<ProblemDetail> conflict(CaseConflict e, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(e.messageKey(), null, locale));
        problem.setTitle(messages.getMessage("casework.api.conflict.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("field", e.field());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
