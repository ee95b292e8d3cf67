package cymru.gofal.platform.web;

/**
 * Optimistic locking over HTTP. A record's version is sent as a strong ETag ({@code "3"}); a write must send
 * it back in If-Match (API) or a hidden field (forms). A missing If-Match on an API write is refused with
 * 428, a stale one with 412, so that nothing is ever silently overwritten.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** Answers the version an If-Match header names; throws when it is missing, malformed or not current. */
    public static int requireCurrent(String ifMatch, int currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            // RFC 9110: "*" matches any current representation; the client says it accepts overwriting.
            return currentVersion;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        int given;
        try {
            given = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new StaleVersionException("If-Match " + ifMatch + " is not a version of this record");
        }
        if (given != currentVersion) {
            throw new StaleVersionException("Version " + given + " is not current (" + currentVersion + ")");
        }
        return given;
    }

    /** A write without If-Match: the client must say which version it read. */
    public static class PreconditionRequiredException extends RuntimeException {
        public PreconditionRequiredException() {
            super("If-Match is required");
        }
    }
}
