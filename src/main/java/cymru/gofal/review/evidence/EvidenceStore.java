package cymru.gofal.review.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cymru.gofal.people.PersonVisibility;

/**
 * SQL of evidence items. Reads take the viewer's need-to-know ({@link PersonVisibility}): a case file whose person
 * the viewer may not see is absent from lists, counts and direct reads. No security or audit here: the service does.
 */
@Repository
class EvidenceStore {

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the row (columns by name, as given) and its areas; returns the new id. */
    long insert(long reviewId, long authorityId, String kind, Map<String, Object> columns, List<Long> areaIds, String by) {
        Map<String, Object> all = new LinkedHashMap<>(columns);
        all.put("review_id", reviewId);
        all.put("authority_id", authorityId);
        all.put("kind", kind);
        all.put("created_by", by);
        String names = String.join(", ", all.keySet());
        String values = all.keySet().stream().map(k -> ":" + k).reduce((a, b) -> a + ", " + b).orElseThrow();
        long id = jdbc.sql("INSERT INTO review_evidence (" + names + ") VALUES (" + values + ") RETURNING id").params(all)
                .query(Long.class).single();
        for (Long area : areaIds) {
            jdbc.sql("INSERT INTO review_evidence_area (review_id, evidence_id, area_id) VALUES (:r, :e, :a)")
                    .param("r", reviewId).param("e", id).param("a", area).update();
        }
        return id;
    }

    void answers(long reviewId, long evidenceId, Map<String, String> answers) {
        answers.forEach((q, a) -> jdbc.sql("""
                INSERT INTO review_case_answer (review_id, evidence_id, question_code, answer) VALUES (:r, :e, :q, :a)""")
                .param("r", reviewId).param("e", evidenceId).param("q", q).param("a", a).update());
    }

    /** The review's items, newest first, filtered by area and kind when given, case files only of visible people. */
    List<EvidenceItem> list(long reviewId, Long areaId, String kind, PersonVisibility pv) {
        String sql = "SELECT e.* FROM review_evidence e WHERE e.review_id = :r AND (e.person_id IS NULL OR " + pv.visible("e.person_id") + ")"
                + (areaId == null ? "" : " AND EXISTS (SELECT 1 FROM review_evidence_area x WHERE x.evidence_id = e.id AND x.area_id = :area)")
                + (kind == null ? "" : " AND e.kind = :kind") + " ORDER BY e.created_at DESC, e.id DESC";
        var spec = jdbc.sql(sql).params(pv.params()).param("r", reviewId);
        if (areaId != null) {
            spec = spec.param("area", areaId);
        }
        if (kind != null) {
            spec = spec.param("kind", kind);
        }
        List<Row> rows = spec.query((rs, n) -> row(rs)).list();
        return complete(reviewId, rows);
    }

    Optional<EvidenceItem> find(long reviewId, long id, PersonVisibility pv) {
        List<Row> rows = jdbc.sql("SELECT e.* FROM review_evidence e WHERE e.review_id = :r AND e.id = :id AND (e.person_id IS NULL OR "
                + pv.visible("e.person_id") + ")").params(pv.params()).param("r", reviewId).param("id", id).query((rs, n) -> row(rs)).list();
        return complete(reviewId, rows).stream().findFirst();
    }

    /** The stored file name of a document item (never shown), for the download. */
    Optional<String> storedName(long reviewId, long id) {
        return jdbc.sql("SELECT stored_name FROM review_evidence WHERE review_id = :r AND id = :id AND kind = 'DOCUMENT'")
                .param("r", reviewId).param("id", id).query(String.class).optional();
    }

    private record Row(EvidenceItem item) {
    }

    private List<EvidenceItem> complete(long reviewId, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Long>> areas = new HashMap<>();
        Map<Long, Map<String, String>> answers = new HashMap<>();
        jdbc.sql("SELECT evidence_id, area_id FROM review_evidence_area WHERE review_id = :r ORDER BY area_id").param("r", reviewId)
                .query((rs, n) -> areas.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2))).list();
        jdbc.sql("""
                SELECT a.evidence_id, a.question_code, a.answer FROM review_case_answer a JOIN review_case_question q ON q.code = a.question_code
                 WHERE a.review_id = :r ORDER BY q.ordinal""").param("r", reviewId)
                .query((rs, n) -> answers.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3))).list();
        return rows.stream().map(Row::item).map(i -> new EvidenceItem(i.id(), i.reviewId(), i.kind(), List.copyOf(areas.getOrDefault(i.id(), List.of())),
                i.createdBy(), i.createdAt(), i.indicator(), i.caseFile() == null ? null : withAnswers(i.caseFile(), answers.get(i.id())),
                i.note(), i.survey(), i.document())).toList();
    }

    private static EvidenceItem.CaseFile withAnswers(EvidenceItem.CaseFile c, Map<String, String> answers) {
        return new EvidenceItem.CaseFile(c.sampleId(), c.caseId(), c.personId(), c.readBy(), c.readOn(), c.grade(),
                answers == null ? Map.of() : Map.copyOf(answers), c.notes());
    }

    private static Row row(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        EvidenceItem.Indicator indicator = null;
        EvidenceItem.CaseFile caseFile = null;
        EvidenceItem.Note note = null;
        EvidenceItem.Survey survey = null;
        EvidenceItem.Document document = null;
        switch (kind) {
            case "INDICATOR" -> indicator = new EvidenceItem.Indicator(rs.getString("indicator_code"), date(rs, "period_from"),
                    date(rs, "period_to"), rs.getLong("numerator"), rs.getObject("denominator", Long.class), rs.getBigDecimal("value"),
                    rs.getBigDecimal("target"), rs.getString("status"), rs.getString("comparison_group"),
                    rs.getObject("benchmark_year", Integer.class), rs.getBigDecimal("benchmark_median"),
                    rs.getObject("benchmark_rank", Integer.class), rs.getObject("benchmark_of", Integer.class),
                    rs.getObject("benchmark_quartile", Integer.class), instant(rs, "frozen_at"));
            case "CASE_FILE" -> caseFile = new EvidenceItem.CaseFile(rs.getLong("sample_id"), rs.getLong("case_id"), rs.getLong("person_id"),
                    rs.getString("read_by"), date(rs, "held_on"), rs.getString("grade"), Map.of(), rs.getString("notes"));
            case "INTERVIEW", "FOCUS_GROUP" -> note = new EvidenceItem.Note(rs.getString("who"), rs.getString("role_organisation"),
                    date(rs, "held_on"), rs.getString("notes"));
            case "SURVEY" -> survey = new EvidenceItem.Survey(rs.getString("title"), rs.getInt("respondents"), rs.getString("question"),
                    rs.getBigDecimal("result_percent"));
            default -> document = new EvidenceItem.Document(rs.getString("title"), rs.getString("file_name"), rs.getString("content_type"),
                    rs.getLong("size_bytes"), rs.getString("sha256"));
        }
        return new Row(new EvidenceItem(rs.getLong("id"), rs.getLong("review_id"), kind, List.of(), rs.getString("created_by"),
                instant(rs, "created_at"), indicator, caseFile, note, survey, document));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
