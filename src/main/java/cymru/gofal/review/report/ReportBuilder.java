package cymru.gofal.review.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cymru.gofal.review.Review;
import cymru.gofal.review.ReviewFramework;
import cymru.gofal.review.report.ReportView.Audience;
import cymru.gofal.review.report.ReportView.Block;
import cymru.gofal.review.report.ReportView.Item;
import cymru.gofal.review.report.ReportView.Judgement;
import cymru.gofal.review.report.ReportView.Priority;
import cymru.gofal.review.report.ReportView.Text;

/**
 * A review and its framework into the report of one language (pure: no database, no messages). Review content
 * is Welsh where written in Welsh, else English marked as English; framework texts are always in both languages.
 */
final class ReportBuilder {

    static final List<String> AUDIENCES = List.of("COUNCIL", "SENIOR_MANAGERS", "STAFF");

    private final Review review;
    private final ReviewFramework framework;
    private final Locale locale;
    private final boolean welsh;

    private ReportBuilder(Review review, ReviewFramework framework, Locale locale) {
        this.review = review;
        this.framework = framework;
        this.locale = locale;
        this.welsh = "cy".equals(locale.getLanguage());
    }

    /**
     * @param previous the previous review to mark on the matrix, or null (not there, another framework's, or not
     *        readable by this reader)
     */
    static ReportView build(Review review, ReviewFramework framework, String council, Review previous, Locale locale) {
        return new ReportBuilder(review, framework, locale).view(council, previous);
    }

    private ReportView view(String council, Review previous) {
        List<Block> judgementBlocks = new ArrayList<>();
        List<Judgement> judgements = new ArrayList<>();
        for (ReviewFramework.Question q : framework.questions()) {
            review.judgement(q.id()).ifPresent(j -> {
                judgements.add(new Judgement(framed(q.textEn(), q.textCy()), level(q, j.levelId())));
                Text narrative = content(j.narrativeEn(), j.narrativeCy());
                judgementBlocks.addAll(ReportBlocks.of(narrative.text(), narrative.lang()));
            });
        }
        List<Item> challenges = items("CHALLENGE", null);
        Block lead = null;
        if (!challenges.isEmpty() && !judgementBlocks.isEmpty()) {
            Block last = judgementBlocks.get(judgementBlocks.size() - 1);
            if (!last.list() && last.text().text().endsWith(":")) {
                lead = judgementBlocks.remove(judgementBlocks.size() - 1);
            }
        }
        Text foreword = content(review.forewordEn(), review.forewordCy());
        boolean published = !review.editable();
        return new ReportView(review.id(), review.kind(), review.status(), published, content(review.title(), null), council,
                ReportBlocks.of(foreword.text(), foreword.lang()), members("LEAD_REVIEWER", "REVIEWER"), members("LAY_ASSESSOR"),
                date(review.onsiteFrom()), date(review.onsiteTo()), date(review.findingsPresentedOn()),
                review.publishedAt() == null ? null : date(LocalDate.ofInstant(review.publishedAt(), cymru.gofal.platform.web.Dates.LONDON), false),
                welsh && review.welshIsTranslation(), List.copyOf(judgements), List.copyOf(judgementBlocks), lead, challenges,
                ReportBlocks.prose(review.findings("KEY_FINDING", null), Review.Finding::indent, f -> content(f.textEn(), f.textCy())),
                priorities(), MatrixViews.of(framework, review, previous, locale),
                new ReportQuestions(review, framework, this::content, this::framed).all());
    }

    private List<Priority> priorities() {
        return review.priorities().stream().map(p -> new Priority(p.number(), content(p.titleEn(), p.titleCy()),
                AUDIENCES.stream().map(a -> new Audience(a, ReportBlocks.nest(p.actions(a), Review.Action::indent,
                        x -> content(x.textEn(), x.textCy())))).filter(a -> !a.actions().isEmpty()).toList())).toList();
    }

    private List<Item> items(String kind, Long questionId) {
        return ReportBlocks.nest(review.findings(kind, questionId), Review.Finding::indent, f -> content(f.textEn(), f.textCy()));
    }

    private List<String> members(String... roles) {
        List<String> wanted = List.of(roles);
        return review.members().stream().filter(m -> wanted.contains(m.role())).map(Review.Member::name).toList();
    }

    private Text level(ReviewFramework.Question q, long levelId) {
        return framework.scaleOf(q).level(levelId).map(l -> framed(l.nameEn(), l.nameCy())).orElseThrow();
    }

    /** Review content: the Welsh when the page is Welsh and it was written in Welsh, else the English. */
    Text content(String en, String cy) {
        return welsh && cy != null && !cy.isBlank() ? new Text(cy, "cy") : new Text(en, "en");
    }

    /** Framework text, always in both languages. */
    Text framed(String en, String cy) {
        return content(en, cy);
    }

    private String date(LocalDate day) {
        return date(day, review.datesToMonth());
    }

    private String date(LocalDate day, boolean toMonth) {
        return day == null ? null : DateTimeFormatter.ofPattern(toMonth ? "MMMM uuuu" : "d MMMM uuuu", locale).format(day);
    }
}
