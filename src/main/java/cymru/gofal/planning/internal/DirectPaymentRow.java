package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A direct payment offered on a plan: OFFERED until decided (or its plan ends); ACCEPTED with the weekly amount, who manages it, start
 * and review dates; DECLINED with the reason and the barriers (direct_payment_barrier codes). version: its own lock.
 */
public record DirectPaymentRow(long id, long planId, LocalDate offeredOn, String decision, LocalDate decidedOn,
        String declineReason, List<String> barriers, BigDecimal weeklyAmount, String managedBy, LocalDate startOn,
        LocalDate reviewOn, LocalDate endedOn, int version) {

    /** Offered and not yet decided; an offer pending when its plan ended was ended with it (endedOn set). */
    public boolean pending() {
        return "OFFERED".equals(decision) && endedOn == null;
    }

    /** Open: pending, or accepted and not ended (no new offer on the plan until it closes). */
    public boolean open() {
        return pending() || "ACCEPTED".equals(decision) && endedOn == null;
    }
}
