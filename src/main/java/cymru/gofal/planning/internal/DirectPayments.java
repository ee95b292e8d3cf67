package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;
import cymru.gofal.platform.web.NotFoundException;
import cymru.gofal.platform.web.StaleVersionException;

/**
 * Direct payments on a plan: offered, then accepted (weekly amount, who manages it, start and review dates) or declined
 * (the reason and the barriers). Each decision names the direct payment's version, so two people cannot decide one
 * offer twice. One offer open (undecided, or accepted and not ended) per plan at a time.
 */
@Service
public class DirectPayments {

    static final BigDecimal MAX_WEEKLY = new BigDecimal("100000");

    private final JdbcClient jdbc;
    private final PlanStore store;
    private final PlanReference reference;
    private final AuditLog audit;
    private final Clock clock;

    DirectPayments(JdbcClient jdbc, PlanStore store, PlanReference reference, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
    }

    /** The decision as typed; decision ACCEPTED or DECLINED. */
    public record DecisionInput(String decision, String decidedOn, String weeklyAmount, String managedBy, String startOn,
            String reviewOn, String declineReason, List<String> barriers) {
    }

    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public long offer(long planId, String offeredOn) {
        Plan plan = store.requireLive(planId);
        List<FormError> errors = new ArrayList<>();
        LocalDate on = Inputs.pastDate("offeredOn", offeredOn, "planning.offeredOn", Dates.today(clock), errors);
        if (ofPlan(planId).stream().anyMatch(d -> d.pending() || "ACCEPTED".equals(d.decision()) && d.endedOn() == null)) {
            errors.add(new FormError("offeredOn", "planning.offeredOn.open"));
        }
        Refused.throwIfAny(errors);
        long id = jdbc.sql("""
                INSERT INTO direct_payment (authority_id, person_id, plan_id, offered_on, decision, created_by, updated_by)
                VALUES (:a, :person, :p, :on, 'OFFERED', :by, :by) RETURNING id""")
                .param("a", plan.authorityId()).param("person", plan.personId()).param("p", planId).param("on", on)
                .param("by", CurrentUser.username()).query(Long.class).single();
        audit.record(AuditEntry.of(AuditAction.CREATE, "direct_payment", id).aboutPerson(plan.personId()));
        return id;
    }

    /** @throws Refused naming each bad field; StaleVersionException when the offer changed since {@code version} */
    @PreAuthorize(PlanAccess.WRITE)
    @Transactional
    public void decide(long planId, long paymentId, int version, DecisionInput in) {
        Plan plan = store.requireLive(planId);
        DirectPaymentRow dp = ofPlan(planId).stream().filter(d -> d.id() == paymentId).findFirst()
                .orElseThrow(() -> new NotFoundException("No direct payment " + paymentId));
        if (dp.version() != version) {
            throw new StaleVersionException("Direct payment " + paymentId + " is at version " + dp.version());
        }
        if (!dp.pending()) {
            throw Refused.of("decision", "planning.decision.decided");
        }
        List<FormError> errors = new ArrayList<>();
        boolean accepted = "ACCEPTED".equals(in.decision());
        if (!accepted && !"DECLINED".equals(in.decision())) {
            errors.add(new FormError("decision", "planning.decision.required"));
        }
        LocalDate decided = Inputs.pastDate("decidedOn", in.decidedOn(), "planning.decidedOn", Dates.today(clock), errors);
        if (decided != null && decided.isBefore(dp.offeredOn())) {
            errors.add(new FormError("decidedOn", "planning.decidedOn.beforeOffer"));
        }
        BigDecimal weekly = null;
        LocalDate start = null;
        LocalDate review = null;
        String reason = null;
        List<String> barriers = List.of();
        if (accepted) {
            weekly = Inputs.amount("weeklyAmount", in.weeklyAmount(), MAX_WEEKLY, "planning.weeklyAmount", errors);
            if (!PlanReference.has(reference.directPaymentManagers(), in.managedBy())) {
                errors.add(new FormError("managedBy", "planning.managedBy.required"));
            }
            start = Inputs.date("startOn", in.startOn(), true, "planning.dpStartOn", errors);
            review = Inputs.date("reviewOn", in.reviewOn(), false, "planning.dpReviewOn", errors);
            if (start != null && review != null && review.isBefore(start)) {
                errors.add(new FormError("reviewOn", "planning.dpReviewOn.beforeStart"));
            }
        } else if ("DECLINED".equals(in.decision())) {
            reason = FormText.required("declineReason", in.declineReason(), 2000, "planning.declineReason", errors);
            barriers = in.barriers() == null ? List.of() : List.copyOf(new LinkedHashSet<>(in.barriers()));
            if (barriers.stream().anyMatch(b -> !PlanReference.has(reference.directPaymentBarriers(), b))) {
                errors.add(new FormError("barriers", "planning.barriers.unknown"));
            }
        }
        Refused.throwIfAny(errors);
        int n = jdbc.sql("""
                UPDATE direct_payment SET decision = :d, decided_on = :on, weekly_amount = :weekly, managed_by = :by_whom,
                       start_on = :start, review_on = :review, decline_reason = :reason, barriers = CAST(:barriers AS text[]),
                       version = version + 1, updated_at = now(), updated_by = :by
                 WHERE id = :id AND version = :v""")
                .param("d", in.decision()).param("on", decided).param("weekly", weekly).param("by_whom", accepted ? in.managedBy() : null)
                .param("start", start).param("review", review).param("reason", reason)
                .param("barriers", "{" + String.join(",", barriers) + "}").param("by", CurrentUser.username())
                .param("id", paymentId).param("v", version).update();
        if (n != 1) {
            throw new StaleVersionException("Direct payment " + paymentId + " changed");
        }
        audit.record(AuditEntry.of(AuditAction.UPDATE, "direct_payment", paymentId).aboutPerson(plan.personId()));
    }

    /** The plan's direct payments, newest offer first (not audited: for callers that audit their own read). */
    public List<DirectPaymentRow> ofPlan(long planId) {
        return jdbc.sql("""
                SELECT id, plan_id, offered_on, decision, decided_on, decline_reason, barriers, weekly_amount, managed_by, start_on,
                       review_on, ended_on, version FROM direct_payment WHERE plan_id = :p ORDER BY offered_on DESC, id DESC""")
                .param("p", planId).query((rs, i) -> new DirectPaymentRow(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), codes(rs.getArray(7)), rs.getBigDecimal(8),
                        rs.getString(9), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                        rs.getObject(12, LocalDate.class), rs.getInt(13))).list();
    }

    private static List<String> codes(Array array) throws java.sql.SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
