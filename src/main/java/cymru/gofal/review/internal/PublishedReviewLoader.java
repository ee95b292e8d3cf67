package cymru.gofal.review.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.review.ReviewFramework;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads a published review from a data file under classpath review/ (see merthyr-2007.json for the shape):
 * idempotent by the file's loadKey (a second load, or a second app node, finds it and loads nothing), and only when
 * the file's council exists. Ratings and judgements are checked against the framework's scales as any rating is.
 */
@Component
public class PublishedReviewLoader {

    /** The 2007 joint review of Merthyr Tydfil County Borough Council (authority 1). */
    public static final String MERTHYR_2007 = "review/merthyr-2007.json";

    private final JdbcClient jdbc;
    private final FrameworkStore frameworks;
    private final JsonMapper json;
    private final AuditLog audit;

    PublishedReviewLoader(JdbcClient jdbc, FrameworkStore frameworks, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.frameworks = frameworks;
        this.json = json;
        this.audit = audit;
    }

    /** Loads the file once; answers the review's id (loaded now or before), or empty when its council is absent. */
    @Transactional
    public Optional<Long> load(String resource) {
        JsonNode doc = read(resource);
        String key = doc.get("loadKey").asString();
        long authority = doc.get("authorityId").asLong();
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('review-load:' || :k))").param("k", key).query().listOfRows();
        Optional<Long> existing = jdbc.sql("SELECT id FROM review WHERE load_key = :k").param("k", key).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing;
        }
        if (jdbc.sql("SELECT count(*) FROM authority WHERE id = :a").param("a", authority).query(Long.class).single() == 0) {
            return Optional.empty();
        }
        ReviewFramework f = frameworks.find(doc.get("framework").asString()).orElseThrow();
        LocalDate presented = LocalDate.parse(doc.get("findingsPresentedOn").asString());
        Instant at = presented.atStartOfDay(Dates.LONDON).toInstant();
        String by = "loader";
        long id = jdbc.sql("""
                INSERT INTO review (authority_id, framework, kind, title, onsite_from, onsite_to, findings_presented_on,
                       dates_to_month, status, foreword_en, foreword_cy, welsh_is_translation, load_key, source, created_by)
                VALUES (:a, :f, :kind, :title, :from, :to, :presented, :month, 'JUDGEMENT', :fen, :fcy, :tr, :key, :source, :by)
                RETURNING id""").param("a", authority).param("f", f.code()).param("kind", doc.get("kind").asString())
                .param("title", doc.get("title").asString()).param("from", LocalDate.parse(doc.get("onsiteFrom").asString()))
                .param("to", LocalDate.parse(doc.get("onsiteTo").asString())).param("presented", presented)
                .param("month", doc.get("datesToMonth").asBoolean()).param("fen", text(doc.get("foreword"), "en"))
                .param("fcy", text(doc.get("foreword"), "cy")).param("tr", doc.get("welshIsTranslation").asBoolean())
                .param("key", key).param("source", doc.get("source").asString()).param("by", by).query(Long.class).single();
        int ordinal = 0;
        for (JsonNode m : doc.get("team")) {
            jdbc.sql("INSERT INTO review_member (review_id, name, role, ordinal) VALUES (:r, :n, :role, :o)").param("r", id)
                    .param("n", m.get("name").asString()).param("role", m.get("role").asString()).param("o", ++ordinal).update();
        }
        for (var area : f.areas().toList()) {
            ReviewFramework.Level level = f.scaleOf(f.questionOf(area)).level(doc.get("ratings").get(area.code()).asString())
                    .orElseThrow(() -> new IllegalStateException("No level for area " + area.code() + " in " + resource));
            jdbc.sql("INSERT INTO review_area_rating (review_id, area_id, level_id, rated_by, rated_at) VALUES (:r, :area, :l, :by, :at)")
                    .param("r", id).param("area", area.id()).param("l", level.id()).param("by", by).param("at", java.sql.Timestamp.from(at)).update();
        }
        for (JsonNode j : doc.get("judgements")) {
            var q = f.question(j.get("question").asString()).orElseThrow();
            long level = f.scaleOf(q).level(j.get("level").asString()).orElseThrow().id();
            jdbc.sql("""
                    INSERT INTO review_question_judgement (review_id, question_id, level_id, narrative_en, narrative_cy, judged_by, judged_at)
                    VALUES (:r, :q, :l, :en, :cy, :by, :at)""").param("r", id).param("q", q.id()).param("l", level)
                    .param("en", text(j, "en")).param("cy", text(j, "cy")).param("by", by).param("at", java.sql.Timestamp.from(at)).update();
        }
        for (JsonNode t : doc.get("themes")) {
            var theme = f.question(t.get("question").asString()).orElseThrow().themes().get(t.get("theme").asInt() - 1);
            jdbc.sql("INSERT INTO review_theme_narrative (review_id, theme_id, text_en, text_cy) VALUES (:r, :t, :en, :cy)")
                    .param("r", id).param("t", theme.id()).param("en", text(t, "en")).param("cy", text(t, "cy")).update();
        }
        ordinal = 0;
        for (JsonNode x : doc.get("findings")) {
            String question = text(x, "question");
            jdbc.sql("""
                    INSERT INTO review_finding (review_id, question_id, kind, ordinal, indent, text_en, text_cy)
                    VALUES (:r, :q, :kind, :o, :i, :en, :cy)""").param("r", id)
                    .param("q", question == null ? null : f.question(question).orElseThrow().id())
                    .param("kind", x.get("kind").asString()).param("o", ++ordinal).param("i", x.get("indent").asInt())
                    .param("en", text(x, "en")).param("cy", text(x, "cy")).update();
        }
        for (JsonNode p : doc.get("priorities")) {
            long pid = jdbc.sql("INSERT INTO review_priority (review_id, number, title_en, title_cy) VALUES (:r, :n, :en, :cy) RETURNING id")
                    .param("r", id).param("n", p.get("number").asInt()).param("en", text(p, "en")).param("cy", text(p, "cy"))
                    .query(Long.class).single();
            ordinal = 0;
            for (JsonNode a : p.get("actions")) {
                jdbc.sql("""
                        INSERT INTO review_action (priority_id, audience, ordinal, indent, text_en, text_cy)
                        VALUES (:p, :aud, :o, :i, :en, :cy)""").param("p", pid).param("aud", a.get("audience").asString())
                        .param("o", ++ordinal).param("i", a.get("indent").asInt()).param("en", text(a, "en")).param("cy", text(a, "cy")).update();
            }
        }
        jdbc.sql("UPDATE review SET status = 'PUBLISHED', published_at = :at, published_by = :by WHERE id = :id")
                .param("at", java.sql.Timestamp.from(at)).param("by", by).param("id", id).update();
        audit.record(AuditEntry.of(AuditAction.CREATE, "REVIEW", id).because("loaded from " + resource));
        return Optional.of(id);
    }

    private JsonNode read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource, e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
