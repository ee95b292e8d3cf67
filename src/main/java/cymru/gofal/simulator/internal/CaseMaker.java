package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import cymru.gofal.simulator.internal.ActivitySpec.KnownPerson;

/**
 * Opens the year's cases as the casework module does: on a completed assessment with an eligible need (service area
 * by the person's age on the day, team = the assessment's team), and by hand for some accepted children's referrals
 * (team = the referral's assessment team). One case per person and service area in the year. Each case gets its
 * complexity, its needs (need types of its service area, mostly those its team's skills answer; WELSH_LANGUAGE for
 * a Welsh speaker; CARER_SUPPORT for a carer), perhaps a transfer out of an intake team, and perhaps a closure.
 */
final class CaseMaker {

    private record Candidate(long personId, LocalDate day, Integer referralKey, Integer assessmentKey, long teamId) {
    }

    private final CareSpec spec;
    private final ActivityBatch activity;
    private final CareBatch batch;
    private final Map<Long, KnownPerson> people = new HashMap<>();

    CaseMaker(CareSpec spec, ActivityBatch activity, CareBatch batch) {
        this.spec = spec;
        this.activity = activity;
        this.batch = batch;
        spec.activity().people().forEach(p -> people.put(p.id(), p));
    }

    void make() {
        boolean[] eligible = new boolean[activity.assessments.size()];
        activity.needs.forEach(n -> eligible[n.assessmentKey()] |= n.eligible());
        List<Candidate> candidates = new ArrayList<>();
        for (ActivityBatch.Assessment a : activity.assessments) {
            if (a.completedOn() != null && eligible[a.key()]) {
                candidates.add(new Candidate(a.personId(), a.completedOn(), null, a.key(), a.teamId()));
            }
        }
        for (ActivityBatch.Referral r : activity.referrals) {
            if ("ASSESSMENT".equals(r.decision()) && r.route().equals("CHILDREN")
                    && new SplittableRandom(spec.activity().seed() * 65_537 + r.key()).nextDouble() < CareRates.CHILD_CASE_FROM_REFERRAL) {
                candidates.add(new Candidate(r.personId(), r.decidedOn(), r.key(), null, r.assessTeamId()));
            }
        }
        candidates.sort(Comparator.comparingLong(Candidate::personId).thenComparing(Candidate::day)
                .thenComparing(c -> c.referralKey() == null ? 1 : 0));
        Set<String> opened = new HashSet<>();
        for (Candidate c : candidates) {
            KnownPerson p = people.get(c.personId());
            if (p == null || (p.dateOfDeath() != null && !c.day().isBefore(p.dateOfDeath()))) {
                continue;
            }
            String area = p.dateOfBirth() != null && p.dateOfBirth().plusYears(18).isAfter(c.day()) ? "CHILDREN" : "ADULTS";
            if (opened.add(c.personId() + area)) {
                open(p, c, area);
            }
        }
    }

    private void open(KnownPerson p, Candidate c, String area) {
        CareBatch.Case k = new CareBatch.Case();
        k.key = batch.cases.size();
        SplittableRandom r = new SplittableRandom(spec.activity().seed() * 1_000_033L + k.key);
        k.personId = p.id();
        k.area = area;
        k.teamId = c.teamId();
        k.openedOn = c.day();
        k.referralKey = c.referralKey();
        k.assessmentKey = c.assessmentKey();
        k.dateOfBirth = p.dateOfBirth();
        k.complexity = (area.equals("CHILDREN") ? CareRates.CHILD_COMPLEXITY : CareRates.ADULT_COMPLEXITY).pick(r);
        boolean carer = c.assessmentKey() != null && activity.assessments.get(c.assessmentKey()).type().equals("CARER_ASSESSMENT");
        needs(k, r, carer, p.welsh());
        transfer(k, r);
        close(k, p, r);
        batch.cases.add(k);
    }

    private void needs(CareBatch.Case k, SplittableRandom r, boolean carer, boolean welsh) {
        if (carer) {
            add(k, "CARER_SUPPORT");
        }
        List<String> teamSkills = TeamTemplate.ALL.stream().filter(t -> t.code().equals(spec.teamCode(k.teamId))).findFirst()
                .map(TeamTemplate::skills).orElse(List.of());
        List<String> fitting = new ArrayList<>();
        List<String> any = new ArrayList<>();
        for (CareSpec.NeedType n : spec.needTypes().values()) {
            if (n.skill() == null || n.code().equals("CARER_SUPPORT") || !(n.serviceArea().equals(k.area) || n.serviceArea().equals("ALL"))) {
                continue;
            }
            any.add(n.code());
            if (teamSkills.contains(n.skill())) {
                fitting.add(n.code());
            }
        }
        int count = carer ? r.nextInt(2) : r.nextInt(3);
        for (int i = 0; i < count; i++) {
            List<String> from = !fitting.isEmpty() && r.nextDouble() < 0.8 ? fitting : any;
            if (!from.isEmpty()) {
                add(k, from.get(r.nextInt(from.size())));
            }
        }
        if (welsh && spec.needTypes().containsKey("WELSH_LANGUAGE")) {
            add(k, "WELSH_LANGUAGE");
        }
    }

    private static void add(CareBatch.Case k, String need) {
        if (!k.needs.contains(need)) {
            k.needs.add(need);
        }
    }

    /** Intake teams pass on some cases for long-term work, to the team the person's needs call for. */
    private void transfer(CareBatch.Case k, SplittableRandom r) {
        String team = spec.teamCode(k.teamId);
        if (!(team.equals("ADULT-INTAKE") || team.equals("CHILD-INTAKE")) || r.nextDouble() >= CareRates.TRANSFERRED_FROM_INTAKE) {
            return;
        }
        String to;
        if (k.area.equals("CHILDREN")) {
            to = k.needs.contains("LOOKED_AFTER") ? "LOOKED-AFTER" : k.needs.contains("LEARNING_DISABILITY") || k.needs.contains("AUTISM")
                    ? "CHILD-DIS" : "FAMILY-SUPPORT";
        } else {
            boolean older = k.dateOfBirth != null && k.dateOfBirth.plusYears(65).isBefore(k.openedOn);
            to = k.needs.contains("MENTAL_HEALTH") ? "MENTAL-HEALTH" : k.needs.contains("LEARNING_DISABILITY") ? "LEARNING-DIS"
                    : older ? "OLDER-PEOPLE" : "MENTAL-HEALTH";
        }
        if (!spec.activity().teamIds().containsKey(to) || spec.teamId(to) == k.teamId) {
            return;
        }
        LocalDate day = k.openedOn.plusDays(10 + r.nextInt(50));
        if (day.isAfter(spec.lastDay())) {
            return;
        }
        k.transferOn = day;
        k.transferTo = spec.teamId(to);
    }

    /** Some cases close during the year; a person who dies while their case is open has it closed that day. */
    private void close(CareBatch.Case k, KnownPerson p, SplittableRandom r) {
        LocalDate day = null;
        String reason = null;
        if (r.nextDouble() < CareRates.CLOSED) {
            day = k.openedOn.plusDays(20 + r.nextInt(230));
            reason = CareRates.CLOSURE_REASONS.pick(r);
        }
        if (p.dateOfDeath() != null && (day == null || p.dateOfDeath().isBefore(day))) {
            day = p.dateOfDeath();
            reason = "DIED";
        }
        if (day == null || day.isAfter(spec.lastDay())) {
            return;
        }
        k.closedOn = day;
        k.closureReason = reason;
        k.closureSummary = CareRates.pick(CareRates.CLOSURE_SUMMARIES, r);
    }
}
