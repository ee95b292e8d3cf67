package cymru.gofal.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cymru.gofal.review.ReviewFramework;
import cymru.gofal.review.ReviewFramework.Area;
import cymru.gofal.review.ReviewFramework.Level;
import cymru.gofal.review.ReviewFramework.Question;
import cymru.gofal.review.ReviewFramework.Scale;
import cymru.gofal.review.ReviewFramework.Theme;

/** Reads frameworks whole (they are small: a few scales, questions, themes and areas). No security here. */
@Repository
public class FrameworkStore {

    private final JdbcClient jdbc;

    FrameworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> codes() {
        return jdbc.sql("SELECT code FROM review_framework ORDER BY locked DESC, name_en").query(String.class).list();
    }

    /** As {@link #find}, with the framework's row locked until the transaction ends (its edits are serialised). */
    public Optional<ReviewFramework> findForUpdate(String code) {
        jdbc.sql("SELECT code FROM review_framework WHERE code = :code FOR UPDATE").param("code", code).query(String.class).optional();
        return find(code);
    }

    public Optional<ReviewFramework> find(String code) {
        record Head(String code, String nameEn, String nameCy, String descriptionEn, String descriptionCy, String source,
                boolean locked, int version) {
        }
        Optional<Head> head = jdbc.sql("""
                SELECT code, name_en, name_cy, description_en, description_cy, source, locked, version
                  FROM review_framework WHERE code = :code""").param("code", code).query(Head.class).optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Head h = head.get();
        return Optional.of(new ReviewFramework(h.code(), h.nameEn(), h.nameCy(), h.descriptionEn(), h.descriptionCy(),
                h.source(), h.locked(), h.version(), scales(code), questions(code)));
    }

    private List<Scale> scales(String framework) {
        record LevelRow(long scaleId, long id, int ordinal, String code, String nameEn, String nameCy) {
        }
        Map<Long, List<Level>> levels = jdbc.sql("""
                SELECT l.scale_id, l.id, l.ordinal, l.code, l.name_en, l.name_cy
                  FROM review_scale_level l JOIN review_scale s ON s.id = l.scale_id
                 WHERE s.framework = :f ORDER BY l.ordinal""").param("f", framework).query(LevelRow.class).stream()
                .collect(Collectors.groupingBy(LevelRow::scaleId, Collectors.mapping(
                        r -> new Level(r.id(), r.ordinal(), r.code(), r.nameEn(), r.nameCy()), Collectors.toList())));
        return jdbc.sql("SELECT id, code, name_en, name_cy FROM review_scale WHERE framework = :f ORDER BY id")
                .param("f", framework)
                .query((rs, n) -> new Scale(rs.getLong("id"), rs.getString("code"), rs.getString("name_en"),
                        rs.getString("name_cy"), levels.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private List<Question> questions(String framework) {
        Map<Long, List<String>> indicators = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT ai.area_id, ai.indicator_code FROM review_area_indicator ai JOIN review_area a ON a.id = ai.area_id
                 WHERE a.framework = :f ORDER BY ai.indicator_code""").param("f", framework)
                .query((rs, n) -> indicators.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        Map<Long, List<Area>> areas = new java.util.HashMap<>();
        jdbc.sql("SELECT id, theme_id, code, ordinal, name_en, name_cy FROM review_area WHERE framework = :f ORDER BY ordinal")
                .param("f", framework)
                .query((rs, n) -> areas.computeIfAbsent(rs.getLong("theme_id"), k -> new ArrayList<>())
                        .add(new Area(rs.getLong("id"), rs.getString("code"), rs.getInt("ordinal"), rs.getString("name_en"),
                                rs.getString("name_cy"), List.copyOf(indicators.getOrDefault(rs.getLong("id"), List.of())))))
                .list();
        Map<Long, List<Theme>> themes = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT t.id, t.question_id, t.ordinal, t.name_en, t.name_cy, t.scope_en, t.scope_cy
                  FROM review_theme t JOIN review_question q ON q.id = t.question_id
                 WHERE q.framework = :f ORDER BY t.ordinal""").param("f", framework)
                .query((rs, n) -> themes.computeIfAbsent(rs.getLong("question_id"), k -> new ArrayList<>())
                        .add(new Theme(rs.getLong("id"), rs.getInt("ordinal"), rs.getString("name_en"), rs.getString("name_cy"),
                                rs.getString("scope_en"), rs.getString("scope_cy"),
                                List.copyOf(areas.getOrDefault(rs.getLong("id"), List.of())))))
                .list();
        return jdbc.sql("SELECT id, code, ordinal, text_en, text_cy, scale_id FROM review_question WHERE framework = :f ORDER BY ordinal")
                .param("f", framework)
                .query((rs, n) -> new Question(rs.getLong("id"), rs.getString("code"), rs.getInt("ordinal"),
                        rs.getString("text_en"), rs.getString("text_cy"), rs.getLong("scale_id"),
                        List.copyOf(themes.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }
}
