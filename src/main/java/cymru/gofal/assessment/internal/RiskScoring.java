package cymru.gofal.assessment.internal;

import java.util.List;
import java.util.Map;

/**
 * Scores a risk tool: score = the sum over questions of weight x answer value, and the level is the threshold
 * range (inclusive at both ends) holding the score. Plain Java over the tool's data, tested without Spring.
 */
public final class RiskScoring {

    private RiskScoring() {
    }

    /** A question of a tool: its ordinal and weight. */
    public record Question(int ordinal, int weight) {
    }

    /** A level's inclusive score range. */
    public record Threshold(String level, int minScore, int maxScore) {
    }

    /** The score and level of one completed tool. */
    public record Result(int score, String level) {
    }

    /**
     * @param answers answer value per question ordinal; every question must be answered with an allowed value
     * @throws IllegalArgumentException when a question is unanswered, a value not allowed, or no range holds the score
     */
    public static Result score(List<Question> questions, Map<Integer, Integer> answers, List<Integer> allowedValues,
            List<Threshold> thresholds) {
        int score = 0;
        for (Question q : questions) {
            Integer value = answers.get(q.ordinal());
            if (value == null || !allowedValues.contains(value)) {
                throw new IllegalArgumentException("Question " + q.ordinal() + " has no allowed answer");
            }
            score += q.weight() * value;
        }
        if (answers.size() != questions.size()) {
            throw new IllegalArgumentException("Answers given to questions the tool does not have");
        }
        final int total = score;
        return thresholds.stream().filter(t -> total >= t.minScore() && total <= t.maxScore()).findFirst()
                .map(t -> new Result(total, t.level()))
                .orElseThrow(() -> new IllegalArgumentException("No threshold holds score " + total));
    }
}
