package cymru.gofal.platform.security;

/** The Content-Security-Policy of Gofal's responses: no inline script or style anywhere but Swagger UI. */
public final class ContentSecurityPolicy {

    public static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** Swagger UI sets inline styles; only its own pages get this looser policy. */
    public static final String API_DOCS = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    private ContentSecurityPolicy() {
    }
}
