package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A direct payment offered on a plan: OFFERED until decided; ACCEPTED with the weekly amount, who manages it, start
 * and review dates; DECLINED with the reason and the barriers (direct_payment_barrier codes). version: its own lock.
 */
public record DirectPaymentRow(long id, long planId, LocalDate offeredOn, String decision, LocalDate decidedOn,
        String declineReason, List<String> barriers, BigDecimal weeklyAmount, String managedBy, LocalDate startOn,
        LocalDate reviewOn, LocalDate endedOn, int version) {

    public boolean pending() {
        return "OFFERED".equals(decision);
    }
}
