package cymru.gofal.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A review whole: its head (council, framework, kind, dates, status, version) and content: team, a rating per area,
 * an overall judgement per question, a narrative per theme, findings and priorities with their actions. Ids of
 * areas, questions, themes and levels are those of {@link ReviewFramework}. Texts: *Cy null = not written in Welsh
 * ({@link Texts#pick} falls back to English); {@code welshIsTranslation}: the Welsh is Gofal's own translation, not
 * published text. {@code datesToMonth}: the on-site and findings dates are known only to the month.
 */
public record Review(long id, long authorityId, String framework, String kind, String title, LocalDate periodFrom,
        LocalDate periodTo, LocalDate onsiteFrom, LocalDate onsiteTo, LocalDate findingsPresentedOn, boolean datesToMonth,
        String status, Long previousReviewId, String forewordEn, String forewordCy, boolean welshIsTranslation,
        String source, Instant publishedAt, int version, String createdBy, Instant createdAt, List<Member> members,
        List<Rating> ratings, List<Judgement> judgements, List<ThemeNarrative> themeNarratives, List<Finding> findings,
        List<Priority> priorities) {

    public static final String INSPECTION = "INSPECTION";
    public static final String SELF_ASSESSMENT = "SELF_ASSESSMENT";

    /** Content can change only before publication. */
    public boolean editable() {
        return !"PUBLISHED".equals(status) && !"FOLLOW_UP".equals(status);
    }

    public String foreword(Locale locale) {
        return Texts.pick(locale, forewordEn, forewordCy);
    }

    public Optional<Rating> rating(long areaId) {
        return ratings.stream().filter(r -> r.areaId() == areaId).findFirst();
    }

    public Optional<Judgement> judgement(long questionId) {
        return judgements.stream().filter(j -> j.questionId() == questionId).findFirst();
    }

    public Optional<ThemeNarrative> themeNarrative(long themeId) {
        return themeNarratives.stream().filter(t -> t.themeId() == themeId).findFirst();
    }

    /** Findings of a kind, in order; questionId null for KEY_FINDING and CHALLENGE. */
    public List<Finding> findings(String kind, Long questionId) {
        return findings.stream().filter(f -> f.kind().equals(kind) && java.util.Objects.equals(f.questionId(), questionId)).toList();
    }

    /** role LEAD_REVIEWER, REVIEWER or LAY_ASSESSOR; userId null for a person named only. */
    public record Member(long id, Long userId, String name, String role, String organisation, int ordinal) {
    }

    /**
     * An area's rating (levelId null = not rated yet) and the evidence rule's suggestion (null = none).
     * {@code differsFromSuggestion}: rated, suggested, and not the suggested level.
     */
    public record Rating(long areaId, Long levelId, String rationaleEn, String rationaleCy, String ratedBy, Instant ratedAt,
            Long suggestedLevelId, String suggestionReasonEn, String suggestionReasonCy, Instant suggestedAt,
            boolean differsFromSuggestion) {
        public String rationale(Locale locale) {
            return Texts.pick(locale, rationaleEn, rationaleCy);
        }

        public String suggestionReason(Locale locale) {
            return Texts.pick(locale, suggestionReasonEn, suggestionReasonCy);
        }
    }

    public record Judgement(long questionId, long levelId, String narrativeEn, String narrativeCy, String judgedBy, Instant judgedAt) {
        public String narrative(Locale locale) {
            return Texts.pick(locale, narrativeEn, narrativeCy);
        }
    }

    /** Paragraphs separated by a blank line; a line starting "- " is a bullet. */
    public record ThemeNarrative(long themeId, String textEn, String textCy) {
        public String text(Locale locale) {
            return Texts.pick(locale, textEn, textCy);
        }
    }

    /** kind STRENGTH, AREA_FOR_DEVELOPMENT (per question), KEY_FINDING or CHALLENGE; indent 1 = sub-item of the one before. */
    public record Finding(long id, Long questionId, String kind, int ordinal, int indent, String textEn, String textCy) {
        public String text(Locale locale) {
            return Texts.pick(locale, textEn, textCy);
        }
    }

    public record Priority(long id, int number, String titleEn, String titleCy, List<Action> actions) {
        public String title(Locale locale) {
            return Texts.pick(locale, titleEn, titleCy);
        }

        /** The actions for one audience (COUNCIL, SENIOR_MANAGERS, STAFF), in order. */
        public List<Action> actions(String audience) {
            return actions.stream().filter(a -> a.audience().equals(audience)).toList();
        }
    }

    public record Action(long id, String audience, int ordinal, int indent, String textEn, String textCy) {
        public String text(Locale locale) {
            return Texts.pick(locale, textEn, textCy);
        }
    }
}
