package cymru.gofal.simulator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import cymru.gofal.simulator.internal.ActivitySpec.KnownPerson;
import cymru.gofal.simulator.internal.ActivitySpec.Worker;

/**
 * Generates a council's last year of getting help from its people and staff, at rates a Welsh council sees, with
 * the spread of late and missing work that makes trays and indicators worth reading: most children's referral
 * decisions on the day, some late; most assessments in time, some late, some never finished; children mostly
 * seen, fewer seen alone; risk tools used on about a third; carers offered assessments on about half.
 *
 * <p>Deterministic: each person's activity comes from a generator seeded by the seed and the person's place in
 * the list, and every due date from the spec's rule engine on the council's calendar.
 */
final class ActivityGenerator {

    private static final ZoneId WALES = ZoneId.of("Europe/London");

    private final ActivitySpec spec;
    private final ActivityBatch batch = new ActivityBatch();

    ActivityGenerator(ActivitySpec spec) {
        this.spec = spec;
    }

    ActivityBatch generate() {
        List<KnownPerson> people = spec.people();
        for (int i = 0; i < people.size(); i++) {
            person(people.get(i), new SplittableRandom(spec.seed() * 1_000_003L + i));
        }
        return batch;
    }

    private static final Weighted<Integer> CONTACTS = new Weighted<Integer>().add(0.62, 0).add(0.28, 1).add(0.08, 2).add(0.02, 3);

    private void person(KnownPerson p, SplittableRandom r) {
        int n = CONTACTS.pick(r);
        LocalDate from = spec.lastDay().minusDays(364);
        List<LocalDate> days = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            days.add(from.plusDays(r.nextInt(365)));
        }
        days.sort(null);
        List<int[]> referralDays = new ArrayList<>();
        for (LocalDate day : days) {
            if ((p.dateOfBirth() != null && day.isBefore(p.dateOfBirth())) || (p.dateOfDeath() != null && !day.isBefore(p.dateOfDeath()))) {
                continue;
            }
            contact(p, day, r, referralDays);
        }
    }

    private boolean child(KnownPerson p, LocalDate day) {
        return p.dateOfBirth() != null && p.dateOfBirth().plusYears(18).isAfter(day);
    }

    /** {@code referrals}: the person's referrals so far, as {epoch day, key}. */
    private void contact(KnownPerson p, LocalDate day, SplittableRandom r, List<int[]> referrals) {
        boolean child = child(p, day);
        String route = child ? "CHILDREN" : "ADULTS";
        boolean outOfHours = r.nextDouble() < 0.08;
        Instant at = day.atTime(outOfHours ? 18 + r.nextInt(5) : 8 + r.nextInt(9), r.nextInt(60)).atZone(WALES).toInstant();
        String method = outOfHours ? "OUT_OF_HOURS" : spec.codes().methods().pick(r);
        String outcome = (child ? ActivityRates.CHILD_CONTACT_OUTCOMES : ActivityRates.ADULT_CONTACT_OUTCOMES).pick(r);
        String signposted = outcome.equals("SIGNPOSTED") ? spec.codes().communityServices().pick(r) : null;
        long screeningTeam = spec.teamId(child ? "CHILD-INTAKE" : "ADULT-INTAKE");
        int contactKey = batch.contacts.size();
        String reason = ActivityRates.pick(ActivityRates.CONTACT_REASONS, r);
        batch.contacts.add(new ActivityBatch.Contact(contactKey, p.id(), route, at, day, method, spec.codes().madeBy().pick(r),
                reason, child ? null : ActivityRates.pick(ActivityRates.WHAT_MATTERS, r), outcome, signposted, screeningTeam,
                ActivitySpec.BY));
        switch (outcome) {
            case "INFORMATION_ADVICE", "SIGNPOSTED", "NO_FURTHER_ACTION" ->
                    turnAside(p.id(), "CONTACT", contactKey, outcome, signposted, day, screeningTeam, r);
            case "REFERRED", "SAFEGUARDING" -> referral(p, contactKey, route, outcome.equals("SAFEGUARDING"), reason, at, day,
                    screeningTeam, r, referrals);
            default -> { }
        }
    }

    private void referral(KnownPerson p, int contactKey, String route, boolean safeguarding, String reason, Instant at, LocalDate day,
            long team, SplittableRandom r, List<int[]> referrals) {
        boolean child = route.equals("CHILDREN");
        Integer previous = null;
        for (int[] earlier : referrals) {
            if (!LocalDate.ofEpochDay(earlier[0]).isBefore(day.minus(spec.reReferralWindow()))) {
                previous = earlier[1];
            }
        }
        int key = batch.referrals.size();
        referrals.add(new int[] {(int) day.toEpochDay(), key});
        String priority = safeguarding ? "URGENT" : ActivityRates.PRIORITIES.pick(r);
        LocalDate responseDue = spec.due("REFERRAL_RESPONSE_" + priority, day);
        LocalDate decisionDue = child ? spec.due("REFERRAL_DECISION", day) : null;
        int lag = child ? ActivityRates.CHILD_DECISION_LAG.pick(r) : r.nextInt(Math.max(1, spec.offset("REFERRAL_RESPONSE_" + priority) + 2));
        LocalDate decidedOn = spec.calendar().addWorkingDays(spec.calendar().nextWorkingDayOnOrAfter(day), lag);
        boolean missing = day.isAfter(spec.lastDay().minusDays(10)) && r.nextDouble() < 0.15;
        String decision = null;
        Instant decidedAt = null;
        if (!decidedOn.isAfter(spec.lastDay()) && !missing) {
            decision = ActivityRates.DECISIONS.pick(r);
            Instant lastMinute = day.atTime(23, 59).atZone(WALES).toInstant();
            decidedAt = decidedOn.equals(day) ? min(at.plusSeconds(1800L + r.nextInt(4 * 3600)), lastMinute)
                    : decidedOn.atTime(9 + r.nextInt(8), r.nextInt(60)).atZone(WALES).toInstant();
        }
        if (safeguarding && decision != null && !decision.equals("ASSESSMENT")) {
            decision = "SAFEGUARDING";
        }
        Long assessTeam = "ASSESSMENT".equals(decision) ? assessTeam(p, child, day, r) : null;
        String signposted = "SIGNPOSTED".equals(decision) ? spec.codes().communityServices().pick(r) : null;
        batch.referrals.add(new ActivityBatch.Referral(key, contactKey, p.id(), route, spec.codes().sources().pick(r), priority, safeguarding,
                reason, at, day, team, responseDue, decisionDue, previous, decidedAt, decision == null ? null : decidedOn, decision,
                decision == null ? null : ActivityRates.pick(ActivityRates.DECISION_REASONS, r), decision == null ? null : ActivitySpec.BY,
                assessTeam, signposted));
        if (decision == null) {
            return;
        }
        switch (decision) {
            case "INFORMATION_ADVICE", "SIGNPOSTED", "NO_FURTHER_ACTION" -> turnAside(p.id(), "REFERRAL", key, decision, signposted,
                    decidedOn, team, r);
            case "ASSESSMENT" -> new AssessmentMaker(spec, batch, this, r).fromReferral(p, key, child, day, decidedOn, assessTeam);
            default -> { }
        }
    }

    /** The earlier: a same-day decision stays on its day (decided_on and decided_at agree). */
    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private long assessTeam(KnownPerson p, boolean child, LocalDate day, SplittableRandom r) {
        if (child) {
            return spec.teamId(r.nextDouble() < 0.85 ? "CHILD-INTAKE" : "CHILD-DIS");
        }
        boolean older = p.dateOfBirth() != null && p.dateOfBirth().plusYears(65).isBefore(day);
        double x = r.nextDouble();
        if (older) {
            return spec.teamId(x < 0.5 ? "OLDER-PEOPLE" : "ADULT-INTAKE");
        }
        return spec.teamId(x < 0.7 ? "ADULT-INTAKE" : x < 0.8 ? "LEARNING-DIS" : "MENTAL-HEALTH");
    }

    /** Records a person turned aside, with the check-back due by the rule and done for most whose day has come. */
    void turnAside(long personId, String origin, int originKey, String outcome, String signposted, LocalDate on, Long teamId,
            SplittableRandom r) {
        LocalDate due = spec.due("TURNED_ASIDE_CHECK_BACK", on);
        LocalDate done = null;
        String note = null;
        if (!due.isAfter(spec.lastDay()) && r.nextDouble() < ActivityRates.CHECKED_BACK) {
            LocalDate day = due.plusDays(r.nextInt(21) - 7);
            done = day.isAfter(spec.lastDay()) ? spec.lastDay() : day.isBefore(on) ? on : day;
            note = ActivityRates.pick(ActivityRates.CHECK_BACK_NOTES, r);
        }
        batch.turnedAside.add(new ActivityBatch.TurnedAside(personId, origin, originKey, outcome,
                ActivityRates.pick(ActivityRates.TURNED_ASIDE_REASONS, r), signposted, on, due, done, note, teamId));
    }

    /** A member of staff of the team who can hold an assessment, or null when the team has none. */
    Worker worker(long teamId, SplittableRandom r) {
        List<Worker> workers = spec.workers(teamId);
        return workers.isEmpty() ? null : workers.get(r.nextInt(workers.size()));
    }
}
