package cymru.gofal.review.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import cymru.gofal.review.Review;
import cymru.gofal.review.ReviewFramework;
import cymru.gofal.review.report.ReportView.Item;
import cymru.gofal.review.report.ReportView.Question;
import cymru.gofal.review.report.ReportView.Rating;
import cymru.gofal.review.report.ReportView.Text;
import cymru.gofal.review.report.ReportView.Theme;

/** Chapter 2 of the report: per question its themes, strengths and areas for development, and each theme's ratings. */
final class ReportQuestions {

    private final Review review;
    /** (English, Welsh) to the text shown: review content falls back to English, framework texts have both. */
    private final ReviewFramework framework;
    private final BiFunction<String, String, Text> content;
    private final BiFunction<String, String, Text> framed;

    ReportQuestions(Review review, ReviewFramework framework, BiFunction<String, String, Text> content,
            BiFunction<String, String, Text> framed) {
        this.review = review;
        this.framework = framework;
        this.content = content;
        this.framed = framed;
    }

    List<Question> all() {
        return framework.questions().stream().map(this::question).toList();
    }

    private Question question(ReviewFramework.Question q) {
        ReviewFramework.Scale scale = framework.scaleOf(q);
        List<Text> levels = scale.levels().stream().map(l -> framed.apply(l.nameEn(), l.nameCy())).toList();
        List<Text> themeList = new ArrayList<>();
        List<Theme> themes = new ArrayList<>();
        for (ReviewFramework.Theme t : q.themes()) {
            themeList.add(t.scopeEn() == null ? framed.apply(t.nameEn(), t.nameCy())
                    : framed.apply(t.nameEn() + " (" + t.scopeEn() + ")", t.nameCy() + " (" + t.scopeCy() + ")"));
            List<Rating> ratings = t.areas().stream().map(a -> rating(a, scale)).toList();
            List<ReportView.Block> narrative = review.themeNarrative(t.id())
                    .map(n -> content.apply(n.textEn(), n.textCy()))
                    .map(x -> ReportBlocks.of(x.text(), x.lang())).orElse(List.of());
            themes.add(new Theme(t.ordinal(), framed.apply(t.nameEn(), t.nameCy()), levels, ratings, narrative));
        }
        return new Question(q.ordinal(), framed.apply(q.textEn(), q.textCy()), List.copyOf(themeList),
                items("STRENGTH", q.id()), items("AREA_FOR_DEVELOPMENT", q.id()), List.copyOf(themes));
    }

    private Rating rating(ReviewFramework.Area area, ReviewFramework.Scale scale) {
        Text name = framed.apply(area.nameEn(), area.nameCy());
        return review.rating(area.id()).map(Review.Rating::levelId).flatMap(scale::level)
                .map(l -> new Rating(name, l.ordinal(), framed.apply(l.nameEn(), l.nameCy())))
                .orElse(new Rating(name, 0, null));
    }

    private List<Item> items(String kind, long questionId) {
        return ReportBlocks.nest(review.findings(kind, questionId), Review.Finding::indent,
                f -> content.apply(f.textEn(), f.textCy()));
    }
}
