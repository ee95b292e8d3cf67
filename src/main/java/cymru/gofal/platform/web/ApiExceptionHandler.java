package cymru.gofal.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The API's error contract (RFC 9457 problem details): a 400 names each bad field with a message in the
 * caller's language; a stale write (If-Match that no longer matches) gets 412; a concurrent change found at
 * write time gets 409. Nothing is changed when a problem is answered.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e, HttpServletRequest request, Locale locale) {
        return invalid(request, locale, e.errors());
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> bind(BindException e, HttpServletRequest request, Locale locale) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getFieldErrors().forEach(f -> errors.add(new FieldProblem(f.getField(), messages.getMessage(f, locale))));
        e.getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(), messages.getMessage(g, locale))));
        return invalid(request, locale, errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, Locale locale) {
        return invalid(request, locale, List.of(new FieldProblem(e.getName(),
                messages.getMessage("problem.field.type", new Object[] {e.getName()}, locale))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request, Locale locale) {
        return invalid(request, locale, List.of(new FieldProblem(e.getParameterName(),
                messages.getMessage("problem.field.missing", new Object[] {e.getParameterName()}, locale))));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException e, HttpServletRequest request, Locale locale) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(
                new FieldProblem(r.getMethodParameter().getParameterName(), messages.getMessage(err, locale)))));
        return invalid(request, locale, errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request, Locale locale) {
        String field = field(e);
        if (field != null) {
            // Well-formed JSON with a value of the wrong type ({"givenNames": 123}): name the field.
            return invalid(request, locale, List.of(new FieldProblem(field, messages.getMessage("problem.field.type", new Object[] {field}, locale))));
        }
        return invalid(request, locale, List.of(new FieldProblem("body", messages.getMessage("problem.body.unreadable", null, locale))));
    }

    /** The JSON property a mapping failure is about (a.b[2].c), or null when the JSON itself is malformed. */
    private static String field(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof tools.jackson.databind.DatabindException mapping && !mapping.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (tools.jackson.core.JacksonException.Reference r : mapping.getPath()) {
                    if (r.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
                    } else if (r.getIndex() >= 0) {
                        path.append('[').append(r.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? null : path.toString();
            }
        }
        return null;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e, HttpServletRequest request, Locale locale) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList();
        return invalid(request, locale, errors);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException e, HttpServletRequest request, Locale locale) {
        return problem(request, HttpStatus.PRECONDITION_FAILED, messages.getMessage("problem.stale.title", null, locale),
                messages.getMessage("problem.stale", null, locale), Map.of());
    }

    @ExceptionHandler(Versions.PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> preconditionRequired(Versions.PreconditionRequiredException e, HttpServletRequest request, Locale locale) {
        return problem(request, HttpStatus.PRECONDITION_REQUIRED, messages.getMessage("problem.ifMatch.title", null, locale),
                messages.getMessage("problem.ifMatch", null, locale), Map.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict(OptimisticLockingFailureException e, HttpServletRequest request, Locale locale) {
        return problem(request, HttpStatus.CONFLICT, messages.getMessage("problem.conflict.title", null, locale),
                messages.getMessage("problem.conflict", null, locale), Map.of());
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(Exception e, HttpServletRequest request, Locale locale) {
        return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.getMessage("problem.unsupportedMediaType.title", null, locale),
                messages.getMessage("problem.unsupportedMediaType", null, locale), Map.of());
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(Exception e, HttpServletRequest request, Locale locale) {
        return problem(request, HttpStatus.METHOD_NOT_ALLOWED, messages.getMessage("error.405.title", null, locale),
                messages.getMessage("problem.methodNotAllowed", null, locale), Map.of());
    }

    /** A module's refusal: 400 naming each field, or 409 saying why (the first problem), with the fields as well. */
    @ExceptionHandler(RefusedInput.class)
    ResponseEntity<ProblemDetail> refused(RefusedInput e, HttpServletRequest request, Locale locale) {
        List<FieldProblem> errors = e.errors().stream()
                .map(f -> new FieldProblem(f.field(), messages.getMessage(f.messageKey(), f.args(), locale))).toList();
        if (!e.conflict()) {
            return invalid(request, locale, errors);
        }
        return problem(request, HttpStatus.CONFLICT, messages.getMessage(e.conflictTitleKey(), null, locale), errors.get(0).message(),
                Map.of("field", errors.get(0).field(), "errors", errors));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
        return problem(request, HttpStatus.NOT_FOUND, messages.getMessage("problem.notFound.title", null, locale),
                messages.getMessage("problem.notFound", null, locale), Map.of());
    }

    private ResponseEntity<ProblemDetail> invalid(HttpServletRequest request, Locale locale, List<FieldProblem> errors) {
        return problem(request, HttpStatus.BAD_REQUEST, messages.getMessage("problem.invalid.title", null, locale),
                messages.getMessage("problem.invalid", null, locale), Map.of("errors", errors));
    }

    static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpStatus status, String title, String detail,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** One bad field: its name (a request parameter or a JSON property) and what is wrong, in words. */
    public record FieldProblem(String field, String message) {
    }
}
