package cymru.gofal.simulator.internal;

import java.util.List;
import java.util.Set;

/**
 * The codes of the intake and assessment modules' reference lists the simulated activity uses, read from the
 * database when a council is loaded so that the simulator follows the lists as data.
 *
 * @param eligibleBands under WALES_2007, the bands at or above the council's threshold
 */
record ActivityCodes(Weighted<String> methods, Weighted<String> madeBy, Weighted<String> sources, Weighted<String> communityServices,
        List<String> adultDomains, List<String> childDomains, List<String> carerDomains, List<String> causes, List<String> canMeet,
        RiskTool adultTool, RiskTool childTool, Set<String> eligibleBands) {

    /**
     * A risk tool: its code, each question's weight (question ordinal i + 1), its answer scale 0 to {@code maxAnswer}, and
     * its levels by inclusive score range. The score is the sum of weight times answer, as the assessment module counts it.
     */
    record RiskTool(String code, int[] weights, int maxAnswer, List<Level> levels) {

        int score(int[] answers) {
            int score = 0;
            for (int i = 0; i < answers.length; i++) {
                score += weights[i] * answers[i];
            }
            return score;
        }

        String level(int score) {
            return levels.stream().filter(l -> score >= l.min() && score <= l.max()).map(Level::code).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Risk tool " + code + " has no level for score " + score));
        }
    }

    record Level(String code, int min, int max) {
    }
}
