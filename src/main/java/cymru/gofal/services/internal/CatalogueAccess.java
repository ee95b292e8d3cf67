package cymru.gofal.services.internal;

/** Who may do what with the service catalogue, as {@code @PreAuthorize} expressions shared by services, pages and the API. */
public final class CatalogueAccess {

    /** Everyone signed in reads the catalogue: it holds no personal data. */
    public static final String READ = "isAuthenticated()";
    /** Providers, offers, prices and capacity: administrators and finance officers. */
    public static final String EDIT = "hasAnyRole('ADMIN','FINANCE_OFFICER')";

    private CatalogueAccess() {
    }
}
