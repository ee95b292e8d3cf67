package cymru.gofal.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A review framework with everything under it, in display order: its rating scales (levels ordinal 1 = worst),
 * its questions, each question's themes and each theme's areas (with the indicator codes that evidence the area).
 * {@code locked}: seeded, or finished by an ADMIN; a locked framework never changes and reviews may use it.
 */
public record ReviewFramework(String code, String nameEn, String nameCy, String descriptionEn, String descriptionCy,
        String source, boolean locked, int version, List<Scale> scales, List<Question> questions) {

    public String name(Locale locale) {
        return Texts.pick(locale, nameEn, nameCy);
    }

    public String description(Locale locale) {
        return Texts.pick(locale, descriptionEn, descriptionCy);
    }

    public Optional<Question> question(String questionCode) {
        return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    public Optional<Question> questionById(long questionId) {
        return questions.stream().filter(q -> q.id() == questionId).findFirst();
    }

    public Scale scale(long scaleId) {
        return scales.stream().filter(s -> s.id() == scaleId).findFirst().orElseThrow();
    }

    /** The scale a question is rated on. */
    public Scale scaleOf(Question question) {
        return scale(question.scaleId());
    }

    public Stream<Area> areas() {
        return questions.stream().flatMap(q -> q.themes().stream()).flatMap(t -> t.areas().stream());
    }

    public Optional<Area> area(long areaId) {
        return areas().filter(a -> a.id() == areaId).findFirst();
    }

    public Optional<Area> area(String areaCode) {
        return areas().filter(a -> a.code().equals(areaCode)).findFirst();
    }

    /** The question an area belongs to. */
    public Question questionOf(Area area) {
        return questions.stream().filter(q -> q.themes().stream().anyMatch(t -> t.areas().contains(area)))
                .findFirst().orElseThrow();
    }

    public record Scale(long id, String code, String nameEn, String nameCy, List<Level> levels) {
        public String name(Locale locale) {
            return Texts.pick(locale, nameEn, nameCy);
        }

        public Optional<Level> level(long levelId) {
            return levels.stream().filter(l -> l.id() == levelId).findFirst();
        }

        public Optional<Level> level(String levelCode) {
            return levels.stream().filter(l -> l.code().equals(levelCode)).findFirst();
        }
    }

    /** A point of a scale; ordinal 1 = worst. */
    public record Level(long id, int ordinal, String code, String nameEn, String nameCy) {
        public String name(Locale locale) {
            return Texts.pick(locale, nameEn, nameCy);
        }
    }

    public record Question(long id, String code, int ordinal, String textEn, String textCy, long scaleId, List<Theme> themes) {
        public String text(Locale locale) {
            return Texts.pick(locale, textEn, textCy);
        }
    }

    /** A theme of a question; scope (optional) says what it covers, e.g. "range; quality". */
    public record Theme(long id, int ordinal, String nameEn, String nameCy, String scopeEn, String scopeCy, List<Area> areas) {
        public String name(Locale locale) {
            return Texts.pick(locale, nameEn, nameCy);
        }

        public String scope(Locale locale) {
            return Texts.pick(locale, scopeEn, scopeCy);
        }
    }

    public record Area(long id, String code, int ordinal, String nameEn, String nameCy, List<String> indicatorCodes) {
        public String name(Locale locale) {
            return Texts.pick(locale, nameEn, nameCy);
        }
    }
}
