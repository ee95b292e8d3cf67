package cymru.gofal.planning.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The planning module's reference lists (data, with Welsh names): why a service could not be provided, who else
 * helps, who manages a direct payment, what stood in its way; and the risk levels plans share with assessments.
 */
@Component
public class PlanReference {

    private final JdbcClient jdbc;

    PlanReference(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Named> unmetReasons() {
        return list("unmet_reason");
    }

    public List<Named> supportSources() {
        return list("support_source");
    }

    /** Risk levels: the assessment module's list, which plan_risk.level references. */
    public List<Named> riskLevels() {
        return list("risk_level");
    }

    public List<Named> directPaymentManagers() {
        return list("direct_payment_manager");
    }

    public List<Named> directPaymentBarriers() {
        return list("direct_payment_barrier");
    }

    static boolean has(List<Named> list, String code) {
        return code != null && list.stream().anyMatch(n -> n.code().equals(code));
    }

    private List<Named> list(String table) {
        // Table names come from the methods above, never from input.
        return jdbc.sql("SELECT code, name_en, name_cy FROM " + table + " ORDER BY ordinal")
                .query((rs, i) -> new Named(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
