package cymru.gofal.platform.web;

import java.util.List;

/** Thrown by API handlers whose checks go beyond bean validation; each error names its field. */
public class BadRequestException extends RuntimeException {

    private final transient List<ApiExceptionHandler.FieldProblem> errors;

    public BadRequestException(String field, String message) {
        this(List.of(new ApiExceptionHandler.FieldProblem(field, message)));
    }

    public BadRequestException(List<ApiExceptionHandler.FieldProblem> errors) {
        super(errors.toString());
        this.errors = errors;
    }

    public List<ApiExceptionHandler.FieldProblem> errors() {
        return errors;
    }
}
