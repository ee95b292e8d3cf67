package cymru.gofal.simulator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;

import cymru.gofal.simulator.internal.ActivitySpec.KnownPerson;
import cymru.gofal.simulator.internal.ActivitySpec.Worker;

/**
 * One person's assessments in the simulated year: the assessment a referral opens (its type from the regime), its
 * allocation, completion in time or late or never, children seen and seen alone, eligibility per need, a risk
 * tool, sign-off, follow-on assessments (core after initial, comprehensive after overview, under WALES_2007) and
 * carers' assessment offers.
 */
final class AssessmentMaker {

    private static final ZoneId WALES = ZoneId.of("Europe/London");

    private final ActivitySpec spec;
    private final ActivityBatch batch;
    private final ActivityGenerator generator;
    private final SplittableRandom r;

    AssessmentMaker(ActivitySpec spec, ActivityBatch batch, ActivityGenerator generator, SplittableRandom r) {
        this.spec = spec;
        this.batch = batch;
        this.generator = generator;
        this.r = r;
    }

    void fromReferral(KnownPerson p, int referralKey, boolean child, LocalDate receivedOn, LocalDate decidedOn, long teamId) {
        String type = child ? (spec.wales2016() ? "CHILD_ASSESSMENT" : "INITIAL_ASSESSMENT")
                : (spec.wales2016() ? "ADULT_ASSESSMENT" : "UAP_OVERVIEW");
        int key = make(type, referralKey, null, p.id(), teamId, receivedOn, decidedOn, child, child ? "CHILD" : "ADULT");
        ActivityBatch.Assessment first = batch.assessments.get(key);
        if (first.completedOn() == null) {
            return;
        }
        if (!spec.wales2016() && child && r.nextDouble() < ActivityRates.CORE_AFTER_INITIAL) {
            LocalDate start = spec.calendar().addWorkingDays(first.completedOn(), r.nextInt(3));
            if (!start.isAfter(spec.lastDay())) {
                make("CORE_ASSESSMENT", null, key, p.id(), teamId, start, start, true, "CHILD");
            }
        } else if (!spec.wales2016() && !child && r.nextDouble() < ActivityRates.COMPREHENSIVE_AFTER_OVERVIEW) {
            LocalDate start = spec.calendar().addWorkingDays(first.completedOn(), r.nextInt(5));
            if (!start.isAfter(spec.lastDay())) {
                make("UAP_COMPREHENSIVE", null, key, p.id(), teamId, start, start, false, "ADULT");
            }
        }
        if (!child && !p.carers().isEmpty() && r.nextDouble() < ActivityRates.CARER_OFFERED) {
            offerCarer(key, p, teamId);
        }
    }

    /** Makes one assessment whose clock starts on {@code clockStart}, opened on {@code openedOn}; answers its key. */
    private int make(String type, Integer referralKey, Integer followsKey, long personId, long teamId, LocalDate clockStart, LocalDate openedOn,
            boolean child, String group) {
        LocalDate due = spec.due(type, clockStart);
        LocalDate allocatedOn = spec.calendar().addWorkingDays(spec.calendar().nextWorkingDayOnOrAfter(openedOn),
                ActivityRates.ALLOCATION_LAG.pick(r));
        Worker worker = allocatedOn.isAfter(spec.lastDay()) || r.nextDouble() < 0.02 ? null : generator.worker(teamId, r);
        LocalDate completed = null;
        if (worker != null) {
            completed = switch (ActivityRates.COMPLETION.pick(r)) {
                case "ON_TIME" -> between(allocatedOn, due.isBefore(allocatedOn) ? allocatedOn : due);
                case "LATE" -> spec.calendar().addWorkingDays(due.isBefore(allocatedOn) ? allocatedOn : due, 1 + r.nextInt(25));
                default -> null;
            };
            if (completed != null && completed.isAfter(spec.lastDay())) {
                completed = null;
            }
        }
        Boolean seen = null;
        Boolean alone = null;
        LocalDate seenOn = null;
        if (child && completed != null) {
            seen = r.nextDouble() < ActivityRates.CHILD_SEEN;
            alone = seen && r.nextDouble() < ActivityRates.SEEN_ALONE;
            seenOn = seen ? between(allocatedOn, completed) : null;
        }
        Instant signedOffAt = null;
        if (completed != null && r.nextDouble() < ActivityRates.SIGNED_OFF) {
            LocalDate day = spec.calendar().addWorkingDays(completed, r.nextInt(6));
            signedOffAt = day.isAfter(spec.lastDay()) ? null : at(day);
        }
        String by = worker == null ? null : worker.username() == null ? ActivitySpec.BY : worker.username();
        int key = batch.assessments.size();
        batch.assessments.add(new ActivityBatch.Assessment(key, referralKey, followsKey, personId, type, teamId, worker == null ? null : worker.id(),
                worker == null ? null : at(allocatedOn), worker == null ? null : ActivitySpec.BY, clockStart, due,
                worker == null ? null : allocatedOn, completed, completed == null ? null : by, seen, alone, seenOn, signedOffAt,
                signedOffAt == null ? null : ActivitySpec.BY, completed == null ? null : ActivityRates.pick(ActivityRates.SUMMARIES, r)));
        if (completed != null) {
            eligibility(key, personId, group, child, completed);
            if (r.nextDouble() < ActivityRates.RISK_TOOL_USED && !group.equals("CARER")) {
                risk(key, child, completed);
            }
        }
        return key;
    }

    /** Needs with their eligibility; when none is eligible the person is turned aside (only where needs are recorded). */
    private void eligibility(int key, long personId, String group, boolean child, LocalDate completed) {
        if (child && !spec.wales2016()) {
            return;
        }
        List<String> domains = switch (group) {
            case "CHILD" -> spec.codes().childDomains();
            case "CARER" -> spec.codes().carerDomains();
            default -> spec.codes().adultDomains();
        };
        int n = 1 + r.nextInt(3);
        boolean anyEligible = false;
        String last = null;
        for (int i = 0; i < n; i++) {
            String outcome = spec.wales2016() ? ActivityRates.ELIGIBILITY_2016.pick(r) : ActivityRates.BANDS_2007.pick(r);
            boolean eligible = spec.wales2016() ? outcome.equals("ELIGIBLE") : spec.codes().eligibleBands().contains(outcome);
            anyEligible |= eligible;
            last = outcome;
            batch.needs.add(new ActivityBatch.Need(key, domains.get(r.nextInt(domains.size())),
                    spec.codes().causes().get(r.nextInt(spec.codes().causes().size())),
                    eligible ? "CANNOT" : spec.codes().canMeet().get(r.nextInt(spec.codes().canMeet().size())), outcome, eligible,
                    ActivityRates.pick(ActivityRates.NEED_REASONING, r)));
        }
        if (!anyEligible) {
            String outcome = "NEEDS_MET_OTHERWISE".equals(last) ? "NEEDS_MET_OTHERWISE" : "NOT_ELIGIBLE";
            generator.turnAside(personId, "ASSESSMENT", key, outcome,
                    r.nextDouble() < 0.5 ? spec.codes().communityServices().pick(r) : null, completed,
                    batch.assessments.get(key).teamId(), r);
        }
    }

    private void risk(int key, boolean child, LocalDate completed) {
        ActivityCodes.RiskTool tool = child ? spec.codes().childTool() : spec.codes().adultTool();
        if (tool == null) {
            return;
        }
        int[] answers = new int[tool.weights().length];
        for (int i = 0; i < answers.length; i++) {
            answers[i] = r.nextDouble() < 0.5 ? 0 : r.nextInt(tool.maxAnswer() + 1);
        }
        int score = tool.score(answers);
        batch.risks.add(new ActivityBatch.Risk(key, tool.code(), answers, score, tool.level(score), completed));
    }

    private void offerCarer(int assessmentKey, KnownPerson caredFor, long teamId) {
        ActivityBatch.Assessment a = batch.assessments.get(assessmentKey);
        long carer = caredFor.carers().get(r.nextInt(caredFor.carers().size()));
        LocalDate offered = a.startedOn() == null ? a.clockStart() : a.completedOn() == null ? a.startedOn() : between(a.startedOn(), a.completedOn());
        String response = ActivityRates.CARER_RESPONSES.pick(r);
        LocalDate responded = response.equals("PENDING") ? null : spec.calendar().addWorkingDays(offered, r.nextInt(10));
        if (responded != null && responded.isAfter(spec.lastDay())) {
            response = "PENDING";
            responded = null;
        }
        Integer carerKey = null;
        if (response.equals("ACCEPTED")) {
            carerKey = make("CARER_ASSESSMENT", null, null, carer, teamId, responded, responded, false, "CARER");
        }
        batch.carerOffers.add(new ActivityBatch.CarerOffer(assessmentKey, carer, caredFor.id(), offered, response, responded,
                response.equals("DECLINED") ? "Does not want an assessment at the moment." : null, carerKey));
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
    }

    private Instant at(LocalDate day) {
        return day.atTime(9 + r.nextInt(8), r.nextInt(60)).atZone(WALES).toInstant();
    }
}
