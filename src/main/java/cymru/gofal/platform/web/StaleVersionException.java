package cymru.gofal.platform.web;

/** The client's If-Match names a version that is no longer current: someone else changed the record. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String message) {
        super(message);
    }
}
