package cymru.gofal.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Direct payments offered on some agreed plans (adults' and carers'): accepted (a weekly amount, who manages it,
 * start and review dates; ended with the plan), declined (the reason and the barriers), or still awaiting an answer.
 */
final class DirectPayments {

    private final CareBatch batch;
    private final LocalDate lastDay;

    DirectPayments(CareBatch batch, LocalDate lastDay) {
        this.batch = batch;
        this.lastDay = lastDay;
    }

    void offer(CareBatch.Plan plan, boolean adult, boolean welsh, SplittableRandom r) {
        if (plan.firstAgreedOn == null || !adult || r.nextDouble() >= CareRates.DIRECT_PAYMENT_OFFERED) {
            return;
        }
        LocalDate offered = plan.firstAgreedOn;
        String decision = CareRates.DIRECT_PAYMENT_DECISIONS.pick(r);
        LocalDate decided = offered.plusDays(3 + r.nextInt(25));
        LocalDate limit = plan.endedOn != null && plan.endedOn.isBefore(lastDay) ? plan.endedOn : lastDay;
        if (decided.isAfter(limit)) {
            decision = "OFFERED";
        }
        switch (decision) {
            case "ACCEPTED" -> {
                BigDecimal weekly = BigDecimal.valueOf((4 + r.nextInt(11)) * (17.50 + r.nextInt(16) * 0.10)).setScale(2, RoundingMode.HALF_UP);
                LocalDate start = decided.plusDays(7 + r.nextInt(15));
                LocalDate ended = plan.endedOn != null && !plan.endedOn.isBefore(start) ? plan.endedOn : null;
                batch.directPayments.add(new CareBatch.DirectPayment(plan.personId, plan.key, offered, decision, decided, null, List.of(),
                        weekly, CareRates.DIRECT_PAYMENT_MANAGERS.pick(r), start, start.plusMonths(3), ended));
            }
            case "DECLINED" -> {
                List<String> barriers = new ArrayList<>();
                barriers.add(CareRates.BARRIERS.get(r.nextInt(CareRates.BARRIERS.size())));
                String second = welsh && r.nextBoolean() ? "WELSH_NOT_AVAILABLE" : CareRates.BARRIERS.get(r.nextInt(CareRates.BARRIERS.size()));
                if (r.nextBoolean() && !barriers.contains(second)) {
                    barriers.add(second);
                }
                batch.directPayments.add(new CareBatch.DirectPayment(plan.personId, plan.key, offered, decision, decided,
                        "Prefers the services the council arranges for now.", barriers, null, null, null, null, null));
            }
            default -> batch.directPayments.add(new CareBatch.DirectPayment(plan.personId, plan.key, offered, "OFFERED", null, null, List.of(),
                    null, null, null, null, null));
        }
    }
}
