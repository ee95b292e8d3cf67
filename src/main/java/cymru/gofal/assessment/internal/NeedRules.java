package cymru.gofal.assessment.internal;

/**
 * Whether a need is eligible. WALES_2016 (Care and Support (Eligibility) (Wales) Regulations 2015): the outcome says
 * so, and an eligible outcome requires that the person cannot meet the need alone, with others willing to help or
 * with community services (reg 3(c)). WALES_2007: the need's band is at least as severe as the council's threshold
 * (severity 1 = critical). Plain rules, no Spring.
 */
public final class NeedRules {

    public static final String WALES_2007 = "WALES_2007";

    private NeedRules() {
    }

    /** Whether the regime judges needs by band (WALES_2007) rather than by outcome. */
    public static boolean byBand(String regime) {
        return WALES_2007.equals(regime);
    }

    /** A band of {@code severity} is eligible under a threshold band of {@code thresholdSeverity}. */
    public static boolean bandEligible(int severity, int thresholdSeverity) {
        return severity <= thresholdSeverity;
    }

    /** An eligible outcome is only consistent with a need the person cannot meet. */
    public static boolean outcomeConsistent(boolean outcomeEligible, boolean abilityUnmet) {
        return !outcomeEligible || abilityUnmet;
    }
}
