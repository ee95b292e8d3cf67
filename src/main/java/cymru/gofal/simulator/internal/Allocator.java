package cymru.gofal.simulator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import cymru.gofal.casework.CaseFit;

/**
 * Allocates the year's cases in the order things happened, so that each worker's open caseload weight is known at
 * every allocation: to a worker of the case's team who holds cases and is in post; mostly one who fits (see
 * {@link CaseFit}, as the allocation page applies them), some who does not (a manager's override with a reason, or nobody in the team fits), some
 * cases never allocated; some reallocated with a reason; transferred cases handed over (unallocated until the new
 * team allocates). A closure releases the worker's load at the end of its day.
 */
final class Allocator {

    private static final ZoneId WALES = ZoneId.of("Europe/London");

    private enum Kind { ALLOCATE, REALLOCATE, TRANSFER, CLOSE }

    private record Event(Instant at, int caseKey, Kind kind, LocalDate day) {
    }

    private final CareSpec spec;
    private final CareBatch batch;
    private final Map<Long, Integer> load = new HashMap<>();
    private final Map<Long, CareSpec.StaffFit> staff = new HashMap<>();

    Allocator(CareSpec spec, CareBatch batch) {
        this.spec = spec;
        this.batch = batch;
        spec.staffByTeam().values().forEach(list -> list.forEach(s -> staff.put(s.id(), s)));
    }

    void allocate() {
        List<Event> events = new ArrayList<>();
        SplittableRandom[] random = new SplittableRandom[batch.cases.size()];
        for (CareBatch.Case k : batch.cases) {
            random[k.key] = new SplittableRandom(spec.activity().seed() * 3_000_017L + k.key);
            plan(k, random[k.key], events);
        }
        events.sort(Comparator.comparing(Event::at).thenComparingInt(Event::caseKey));
        for (Event e : events) {
            CareBatch.Case k = batch.cases.get(e.caseKey());
            int weight = spec.complexities().get(k.complexity).weight();
            switch (e.kind()) {
                case ALLOCATE, REALLOCATE -> choose(k, e, weight, random[k.key]);
                case TRANSFER -> {
                    batch.transfers.add(new CareBatch.Transfer(k.key, k.teamId, k.transferTo, k.staffId, e.day(),
                            CareRates.pick(CareRates.HANDOVERS, random[k.key]), e.at()));
                    release(k, weight);
                    k.staffId = null;
                    k.teamId = k.transferTo;
                }
                case CLOSE -> release(k, weight);
            }
        }
    }

    /** The case's events, whoever turns out to hold it. */
    private void plan(CareBatch.Case k, SplittableRandom r, List<Event> events) {
        LocalDate stop = k.closedOn != null ? k.closedOn : spec.lastDay().plusDays(1);
        boolean transfer = k.transferOn != null && k.transferOn.isBefore(stop);
        if (!transfer) {
            k.transferOn = null;
        }
        LocalDate firstStop = transfer ? k.transferOn : stop;
        LocalDate allocated = r.nextDouble() < CareRates.NEVER_ALLOCATED ? null : k.openedOn.plusDays(r.nextInt(11));
        if (allocated != null && allocated.isBefore(firstStop)) {
            events.add(new Event(at(allocated, 9, r), k.key, Kind.ALLOCATE, allocated));
            if (r.nextDouble() < CareRates.REALLOCATED) {
                LocalDate again = allocated.plusDays(20 + r.nextInt(130));
                if (again.isBefore(firstStop)) {
                    events.add(new Event(at(again, 9, r), k.key, Kind.REALLOCATE, again));
                }
            }
        }
        if (transfer) {
            events.add(new Event(at(k.transferOn, 10, r), k.key, Kind.TRANSFER, k.transferOn));
            LocalDate again = k.transferOn.plusDays(1 + r.nextInt(10));
            if (r.nextDouble() >= CareRates.NEVER_ALLOCATED && again.isBefore(stop)) {
                events.add(new Event(at(again, 9, r), k.key, Kind.ALLOCATE, again));
            }
        }
        if (k.closedOn != null) {
            events.add(new Event(k.closedOn.atTime(23, 59, 59).atZone(WALES).toInstant(), k.key, Kind.CLOSE, k.closedOn));
        }
    }

    private void choose(CareBatch.Case k, Event e, int weight, SplittableRandom r) {
        List<CareSpec.StaffFit> candidates = spec.holders(k.teamId, e.day()).stream().filter(s -> k.staffId == null || s.id() != k.staffId).toList();
        if (candidates.isEmpty()) {
            return;
        }
        List<CareSpec.NeedType> needs = k.needs.stream().map(spec.needTypes()::get).toList();
        CareSpec.Complexity complexity = spec.complexities().get(k.complexity);
        List<List<String>> misfits = new ArrayList<>();
        List<Integer> fitting = new ArrayList<>();
        int best = 0;
        for (int i = 0; i < candidates.size(); i++) {
            List<String> m = misfits(candidates.get(i), needs, complexity, load.getOrDefault(candidates.get(i).id(), 0), e.day());
            misfits.add(m);
            if (m.isEmpty()) {
                fitting.add(i);
            }
            if (m.size() < misfits.get(best).size()) {
                best = i;
            }
        }
        int chosen = !fitting.isEmpty() && r.nextDouble() >= CareRates.OVERRIDE ? fitting.get(r.nextInt(fitting.size()))
                : fitting.isEmpty() && r.nextDouble() < 0.7 ? best : r.nextInt(candidates.size());
        CareSpec.StaffFit worker = candidates.get(chosen);
        List<String> m = misfits.get(chosen);
        Long previous = e.kind() == Kind.REALLOCATE ? k.staffId : null;
        batch.allocations.add(new CareBatch.Allocation(k.key, worker.id(), previous, m,
                m.isEmpty() ? null : CareRates.pick(CareRates.REASONS_NOT_FIT, r),
                previous == null ? null : CareRates.pick(CareRates.REALLOCATION_REASONS, r), e.day(), e.at()));
        release(k, weight);
        k.staffId = worker.id();
        load.merge(worker.id(), weight, Integer::sum);
    }

    private void release(CareBatch.Case k, int weight) {
        if (k.staffId != null) {
            load.merge(k.staffId, -weight, Integer::sum);
        }
    }

    private static Instant at(LocalDate day, int fromHour, SplittableRandom r) {
        return day.atTime(fromHour + r.nextInt(7), r.nextInt(60), r.nextInt(60)).atZone(WALES).toInstant();
    }

    /** The fit rules the casework module applies (CaseFit), for one member of staff holding {@code load} before this case. */
    static List<String> misfits(CareSpec.StaffFit staff, List<CareSpec.NeedType> needs, CareSpec.Complexity complexity, int load,
            LocalDate day) {
        CaseFit.Worker worker = new CaseFit.Worker(staff.id(), staff.skills(), staff.qualified(), staff.qualified(), staff.qualifiedOn(),
                staff.welsh() ? "FLUENT" : "NONE", staff.capacity(), load);
        return CaseFit.assess(new CaseFit.Complexity(complexity.code(), complexity.weight(), complexity.requiresQualified(), complexity.minYears()),
                needs.stream().map(n -> new CaseFit.Need(n.code(), n.skill(), n.requiresQualified(), n.minYears(), n.requiresWelsh())).toList(),
                worker, day).misfits();
    }
}
