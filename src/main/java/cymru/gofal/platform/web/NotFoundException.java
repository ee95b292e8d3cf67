package cymru.gofal.platform.web;

/**
 * The record does not exist, or the user may not know that it does: both answer 404, so that a restricted
 * record is indistinguishable from a missing one.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
