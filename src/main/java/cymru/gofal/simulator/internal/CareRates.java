package cymru.gofal.simulator.internal;

import java.util.List;
import java.util.Map;

/**
 * The rates the simulated cases, plans and reviews follow, and the texts they are written in: chosen so that a
 * manager's questions have answers worth reading (some workers who do not fit, some need unmet and waiting, some
 * reviews late or overdue). Illustrative, not any council's real figures.
 */
final class CareRates {

    private CareRates() {
    }

    /** Share of accepted children's referrals a manager opens a case for by hand (before any assessment). */
    static final double CHILD_CASE_FROM_REFERRAL = 0.35;
    static final Weighted<String> ADULT_COMPLEXITY = new Weighted<String>().add(0.30, "LOW").add(0.45, "MEDIUM").add(0.18, "HIGH")
            .add(0.07, "VERY_HIGH");
    static final Weighted<String> CHILD_COMPLEXITY = new Weighted<String>().add(0.15, "LOW").add(0.40, "MEDIUM").add(0.30, "HIGH")
            .add(0.15, "VERY_HIGH");
    static final double TRANSFERRED_FROM_INTAKE = 0.35;
    static final double CLOSED = 0.18;
    static final Weighted<String> CLOSURE_REASONS = new Weighted<String>().add(0.30, "NEEDS_MET_OTHERWISE").add(0.20, "DECLINED_SERVICES")
            .add(0.15, "MOVED_AWAY").add(0.10, "TRANSFERRED_ELSEWHERE").add(0.15, "OUTCOMES_MET").add(0.10, "OTHER");
    /** Share of allocations to a worker who does not fit although one who fits was there (a manager's override). */
    static final double OVERRIDE = 0.12;
    static final double NEVER_ALLOCATED = 0.06;
    static final double REALLOCATED = 0.10;

    static final double PLANNED = 0.85;
    static final double LEFT_IN_DRAFT = 0.10;
    /** Chance a planned service of the type cannot be provided at first. */
    static final Map<String, Double> UNMET = Map.of("DOMICILIARY_CARE", 0.30, "RESPITE", 0.30, "SHORT_BREAKS_CHILDREN", 0.25,
            "CARER_BREAK", 0.15, "DAY_CENTRE", 0.10, "RESIDENTIAL_CARE", 0.10, "NURSING_CARE", 0.15);
    static final double UNMET_OTHERWISE = 0.04;
    static final Weighted<String> UNMET_REASONS = new Weighted<String>().add(0.35, "WAITING_LIST").add(0.25, "NONE_AVAILABLE")
            .add(0.15, "REFUSED_BY_PROVIDER").add(0.10, "FUNDING").add(0.05, "OTHER");
    static final double DIRECT_PAYMENT_OFFERED = 0.25;
    static final Weighted<String> DIRECT_PAYMENT_DECISIONS = new Weighted<String>().add(0.45, "ACCEPTED").add(0.40, "DECLINED")
            .add(0.15, "OFFERED");
    static final Weighted<String> DIRECT_PAYMENT_MANAGERS = new Weighted<String>().add(0.45, "PERSON").add(0.30, "SUITABLE_PERSON")
            .add(0.25, "MANAGED_ACCOUNT");
    static final List<String> BARRIERS = List.of("EMPLOYER_RESPONSIBILITIES", "NO_PERSONAL_ASSISTANT", "PREFERS_ARRANGED_SERVICES",
            "TOO_COMPLICATED", "NO_SUPPORT_SERVICE");
    static final Weighted<String> REVIEW_HELD = new Weighted<String>().add(0.72, "ON_TIME").add(0.18, "LATE").add(0.10, "NOT_HELD");
    static final Weighted<String> REVIEW_OUTCOMES = new Weighted<String>().add(0.62, "CONTINUE").add(0.28, "CHANGE_PLAN").add(0.10, "CLOSE");

    static final Map<String, List<String>> OUTCOMES = Map.of(
            "SELF_CARE", List.of("I want to get up, washed and dressed in the morning without my daughter having to come round.",
                    "I want to eat a hot meal every day and keep my kitchen the way I like it."),
            "COMMUNICATION", List.of("I want people to take time to understand me, in Welsh when I choose."),
            "PROTECTION", List.of("I want to feel safe in my own home, day and night."),
            "WORK_EDUCATION_LEISURE", List.of("I want to get back to the choir on Thursday evenings.", "I want to go to college two days a week."),
            "RELATIONSHIPS", List.of("I want to keep seeing my grandchildren every week."),
            "COMMUNITY", List.of("I want to get out of the house and meet people again, not sit alone all day."),
            "CARING_FOR_CHILD", List.of("I want to be able to get the children to school on time every day."),
            "DEVELOPMENT", List.of("We want him to settle at school and make friends.", "She wants to be more independent at home."));
    static final List<String> CHILD_OUTCOMES = List.of("We want the children to be safe and well cared for at home.",
            "She wants to go to school every day and feel listened to.", "The family want help to manage his behaviour at home.");
    static final List<String> CARER_OUTCOMES = List.of("I want a regular break so I can keep caring without making myself ill.",
            "I want someone to talk to who understands what caring is like.");
    static final List<String[]> SUPPORT = List.of(new String[] {"FAMILY", "Daughter", "Does the shopping and visits at weekends."},
            new String[] {"FRIEND_NEIGHBOUR", "Neighbour", "Calls in most evenings."},
            new String[] {"COMMUNITY_GROUP", "Chapel luncheon club", "Lunch and company on Wednesdays."},
            new String[] {"HEALTH", "District nurse", "Dressings twice a week."},
            new String[] {"SELF", null, "Manages own medication with a dosette box."},
            new String[] {"VOLUNTEER", "Befriender", "Weekly phone call and a walk when the weather allows."});
    static final List<String[]> RISKS = List.of(new String[] {"Falls at night getting to the toilet.", "Telecare falls sensor and a commode by the bed."},
            new String[] {"Missed medication.", "Prompted at the morning and evening calls; pharmacy blister pack."},
            new String[] {"Carer breakdown.", "Regular breaks planned; carer's assessment offered."},
            new String[] {"Self-neglect if support stops.", "Worker visits monthly; family to call the team if calls are refused."},
            new String[] {"Children exposed to conflict at home.", "Safety plan agreed with both parents; school to report concerns."});
    static final List<String> NOTES = List.of("Visited at home; the person was well and said the calls are working.",
            "Spoke to the daughter by phone; she is worried about the weekends.",
            "Discussed the case in supervision: continue the plan, review the risks next month.",
            "Multi-agency meeting with health and housing; actions agreed and minuted.",
            "Letter sent confirming the services agreed and the review date.",
            "Office visit: the person brought in the forms for the direct payment.");
    static final List<String> REASONS_NOT_FIT = List.of("Only worker with capacity this week; to be reviewed in supervision.",
            "Worker knows the family from a previous involvement.", "Covering until a qualified worker is free; senior practitioner oversight.");
    static final List<String> REALLOCATION_REASONS = List.of("Caseload balancing in the team.", "Worker on long-term leave.",
            "The family asked for a different worker.", "Case needs a worker with more experience now.");
    static final List<String> HANDOVERS = List.of("Assessment complete; long-term support needed. Family aware of the transfer.",
            "Risks and plan discussed with the receiving team manager; joint visit arranged.");
    static final List<String> CLOSURE_SUMMARIES = List.of("Outcomes reviewed with the person; no further support needed from the council.",
            "Case closed after discussion with the person and their family; advised how to get in touch again.");
    static final List<String> REVIEW_WORKING = List.of("The morning calls mean she is up and dressed by nine; she likes the carers.",
            "Day centre twice a week: he says it is the best part of his week.", "The break every fortnight is keeping the carer going.");
    static final List<String> REVIEW_NOT_WORKING = List.of("Calls are often late at weekends.", "Still lonely in the evenings.",
            "The family find the paperwork hard to follow.");
    static final List<String> REVIEW_MATTERS = List.of("Staying at home for as long as possible.", "Being able to speak Welsh with the carers.",
            "Getting to the grandchildren's school concert.");

    static String pick(List<String> texts, java.util.SplittableRandom r) {
        return texts.get(r.nextInt(texts.size()));
    }
}
