package cymru.gofal.simulator.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The rates the simulated year of getting help follows, chosen to give the spread a Welsh council shows in its
 * returns (most work in time, a tail late, a little never done). Illustrative, not any council's real figures.
 */
final class ActivityRates {

    private ActivityRates() {
    }

    static final Weighted<String> ADULT_CONTACT_OUTCOMES = new Weighted<String>().add(0.30, "INFORMATION_ADVICE").add(0.15, "SIGNPOSTED")
            .add(0.45, "REFERRED").add(0.04, "SAFEGUARDING").add(0.06, "NO_FURTHER_ACTION");
    static final Weighted<String> CHILD_CONTACT_OUTCOMES = new Weighted<String>().add(0.15, "INFORMATION_ADVICE").add(0.10, "SIGNPOSTED")
            .add(0.65, "REFERRED").add(0.05, "SAFEGUARDING").add(0.05, "NO_FURTHER_ACTION");
    static final Weighted<String> PRIORITIES = new Weighted<String>().add(0.05, "IMMEDIATE").add(0.15, "URGENT").add(0.25, "HIGH")
            .add(0.55, "STANDARD");
    /** Working days from receipt to a children's referral decision: most on the day, a tail late (SCC/006). */
    static final Weighted<Integer> CHILD_DECISION_LAG = new Weighted<Integer>().add(0.70, 0).add(0.18, 1).add(0.06, 2).add(0.04, 3)
            .add(0.02, 5);
    static final Weighted<String> DECISIONS = new Weighted<String>().add(0.72, "ASSESSMENT").add(0.10, "INFORMATION_ADVICE")
            .add(0.08, "SIGNPOSTED").add(0.10, "NO_FURTHER_ACTION");
    /** Working days from a decision to allocation. */
    static final Weighted<Integer> ALLOCATION_LAG = new Weighted<Integer>().add(0.40, 0).add(0.25, 1).add(0.15, 2).add(0.10, 3)
            .add(0.06, 5).add(0.04, 8);
    static final Weighted<String> COMPLETION = new Weighted<String>().add(0.76, "ON_TIME").add(0.21, "LATE").add(0.03, "NEVER");

    /** Share of people turned aside who are checked back with once the check-back is due. */
    static final double CHECKED_BACK = 0.88;
    static final double CHILD_SEEN = 0.88;
    static final double SEEN_ALONE = 0.60;
    static final double SIGNED_OFF = 0.85;
    static final double RISK_TOOL_USED = 0.35;
    static final double CARER_OFFERED = 0.55;
    static final double CORE_AFTER_INITIAL = 0.30;
    static final double COMPREHENSIVE_AFTER_OVERVIEW = 0.20;
    static final Weighted<String> CARER_RESPONSES = new Weighted<String>().add(0.45, "ACCEPTED").add(0.35, "DECLINED").add(0.20, "PENDING");
    static final Weighted<String> ELIGIBILITY_2016 = new Weighted<String>().add(0.55, "ELIGIBLE").add(0.25, "NEEDS_MET_OTHERWISE")
            .add(0.20, "NOT_ELIGIBLE");
    static final Weighted<String> BANDS_2007 = new Weighted<String>().add(0.15, "CRITICAL").add(0.40, "SUBSTANTIAL").add(0.30, "MODERATE")
            .add(0.15, "LOW");

    static final List<String> CONTACT_REASONS = List.of(
            "Finding it harder to manage at home since a fall.",
            "Family worried about memory and missed meals.",
            "School raised concerns about attendance and appearance.",
            "Health visitor concerned about home conditions.",
            "Carer struggling to cope and asking for a break.",
            "Asking about help with washing and dressing.",
            "Police report of a domestic incident with children present.",
            "Discharged from hospital and asking what help there is.",
            "Neighbour worried the person is isolated and not eating.",
            "Parent asking for support with a disabled child's needs.");
    static final List<String> WHAT_MATTERS = List.of(
            "Staying in my own home and keeping my independence.",
            "Getting out to see friends at the chapel again.",
            "Being able to look after my wife without getting ill myself.",
            "Feeling safe at night.",
            "Speaking Welsh with the people who help me.",
            "Getting back to work after my illness.");
    static final List<String> DECISION_REASONS = List.of(
            "Needs appear to meet the threshold for assessment.",
            "Information and advice meet the need for now.",
            "Community service better placed to help.",
            "No role for social services at this time.");
    static final List<String> TURNED_ASIDE_REASONS = List.of(
            "Needs can be met with information about local services.",
            "Family able to provide the support needed.",
            "Community group offers the activity the person wants.",
            "No care and support needs identified.",
            "Needs do not meet the eligibility criteria.");
    static final List<String> CHECK_BACK_NOTES = List.of(
            "Managing well with the community group.",
            "Family support continuing; no further needs.",
            "Did not take up the service; advised to contact again if needed.",
            "Situation has changed; advised to make a new contact.");
    static final List<String> NEED_REASONING = List.of(
            "Cannot manage personal care without help, and no one else is able to provide it.",
            "Family provide some help but cannot meet the need alone.",
            "The need can be met by the community group the person already attends.",
            "Able to manage with aids already in place.",
            "Without care and support the person's outcomes are unlikely to be achieved.");
    static final List<String> SUMMARIES = List.of(
            "Assessment completed with the person and family; needs and outcomes agreed.",
            "Views of the child recorded; parents engaged with the assessment.",
            "Person's own words recorded; risks discussed and agreed.");

    static String pick(List<String> texts, SplittableRandom r) {
        return texts.get(r.nextInt(texts.size()));
    }
}
