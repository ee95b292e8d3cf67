package cymru.gofal.simulator.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates a council's service catalogue, cases, plans, unmet need, direct payments and reviews from its year of
 * getting help, in the order that keeps them consistent: the catalogue; cases (with closures); each case's plan
 * played through the year (a review may close the case); allocations in time order (caseload weights depend on
 * closures); case notes.
 *
 * <p>Deterministic: every case draws from generators seeded by the seed and the case's key, and the catalogue from
 * one seeded by the seed, so the same seed and council give the same rows.
 */
final class CareGenerator {

    private final CareSpec spec;
    private final ActivityBatch activity;

    CareGenerator(CareSpec spec, ActivityBatch activity) {
        this.spec = spec;
        this.activity = activity;
    }

    CareBatch generate() {
        CareBatch batch = new CareBatch();
        new CatalogueMaker(spec, batch).make();
        new CaseMaker(spec, activity, batch).make();
        Set<Long> welsh = new HashSet<>();
        spec.activity().people().stream().filter(ActivitySpec.KnownPerson::welsh).forEach(p -> welsh.add(p.id()));
        PlanMaker maker = new PlanMaker(spec, activity, batch);
        PlanYear year = new PlanYear(spec, batch, maker);
        for (CareBatch.Case k : batch.cases) {
            SplittableRandom r = new SplittableRandom(spec.activity().seed() * 5_000_011L + k.key);
            CareBatch.Plan plan = maker.make(k, r);
            if (plan == null) {
                continue;
            }
            if (plan.firstAgreedOn != null) {
                year.play(plan, k, k.dateOfBirth, welsh.contains(k.personId), r);
            } else if (k.closedOn != null) {
                plan.status = "ENDED";
                plan.endedOn = k.closedOn;
                plan.endReason = "Case closed before the plan was agreed.";
            }
        }
        new Allocator(spec, batch).allocate();
        NoteMaker notes = new NoteMaker(spec, batch);
        batch.cases.forEach(notes::notes);
        return batch;
    }
}
