package cymru.gofal.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.FormError;

/**
 * Structured risk tools held as data (risk_tool, risk_question, risk_answer, risk_threshold) and their completion on
 * an assessment: every question answered, score and level computed by {@link RiskScoring}, all stored.
 */
@Service
public class RiskTools {

    private final JdbcClient jdbc;
    private final Visible visible;
    private final AssessmentStore store;
    private final AuditLog audit;

    RiskTools(JdbcClient jdbc, Visible visible, AssessmentStore store, AuditLog audit) {
        this.jdbc = jdbc;
        this.visible = visible;
        this.store = store;
        this.audit = audit;
    }

    /** A tool as a form shows it. */
    public record Tool(Named name, List<Question> questions, List<Answer> answers) {
    }

    public record Question(int ordinal, String textEn, String textCy, int weight) {
        public String text(Locale locale) {
            return "cy".equals(locale.getLanguage()) ? textCy : textEn;
        }
    }

    public record Answer(int value, String labelEn, String labelCy) {
        public String label(Locale locale) {
            return "cy".equals(locale.getLanguage()) ? labelCy : labelEn;
        }
    }

    /** The active tools for a client group; carers' and specialist assessments use the adult tools. */
    public List<Tool> toolsFor(String clientGroup) {
        String group = "CHILD".equals(clientGroup) ? "CHILD" : "ADULT";
        return jdbc.sql("SELECT code, name_en, name_cy FROM risk_tool WHERE active AND client_group = :g ORDER BY ordinal")
                .param("g", group).query(Named.class).list().stream().map(this::tool).toList();
    }

    Tool tool(Named name) {
        List<Question> questions = jdbc.sql("SELECT ordinal, text_en, text_cy, weight FROM risk_question WHERE tool_code = :t ORDER BY ordinal")
                .param("t", name.code()).query(Question.class).list();
        List<Answer> answers = jdbc.sql("SELECT value, label_en, label_cy FROM risk_answer WHERE tool_code = :t ORDER BY value")
                .param("t", name.code()).query(Answer.class).list();
        return new Tool(name, questions, answers);
    }

    /**
     * Completes {@code toolCode} on an open assessment with an answer (value as typed) per question ordinal.
     *
     * @throws InvalidInput naming each unanswered question ({@code q<ordinal>}); nothing is written
     */
    @PreAuthorize(Access.WRITE)
    @Transactional
    public RiskRow complete(long assessmentId, Integer version, String toolCode, Map<Integer, String> answers) {
        Assessment a = visible.require(assessmentId);
        if (!a.open()) {
            throw InvalidInput.of("tool", "assessment.error.alreadyCompleted");
        }
        Tool tool = toolsFor(visible.type(a).clientGroup()).stream().filter(t -> t.name().code().equals(toolCode)).findFirst()
                .orElseThrow(() -> InvalidInput.of("tool", "assessment.tool.error.required"));
        List<Integer> allowed = tool.answers().stream().map(Answer::value).toList();
        List<FormError> errors = new ArrayList<>();
        Map<Integer, Integer> values = new TreeMap<>();
        for (Question q : tool.questions()) {
            String v = answers.get(q.ordinal());
            Integer value = v != null && v.strip().matches("\\d{1,3}") ? Integer.valueOf(v.strip()) : null;
            if (value == null || !allowed.contains(value)) {
                errors.add(new FormError("q" + q.ordinal(), "assessment.risk.error.answer", q.ordinal()));
            } else {
                values.put(q.ordinal(), value);
            }
        }
        InvalidInput.throwIfAny(errors);
        var thresholds = jdbc.sql("SELECT level, min_score, max_score FROM risk_threshold WHERE tool_code = :t ORDER BY min_score")
                .param("t", toolCode).query(RiskScoring.Threshold.class).list();
        var result = RiskScoring.score(tool.questions().stream().map(q -> new RiskScoring.Question(q.ordinal(), q.weight())).toList(),
                values, allowed, thresholds);
        store.update(a.id(), version == null ? a.version() : version, CurrentUser.username(), Map.of());
        long id = jdbc.sql("""
                INSERT INTO assessment_risk (authority_id, assessment_id, tool_code, score, level, completed_at, completed_by)
                VALUES (:authority, :a, :tool, :score, :level, now(), :by) RETURNING id""").param("authority", a.authorityId())
                .param("a", a.id()).param("tool", toolCode).param("score", result.score()).param("level", result.level())
                .param("by", CurrentUser.username()).query(Long.class).single();
        values.forEach((ordinal, value) -> jdbc.sql("""
                INSERT INTO assessment_risk_answer (risk_id, tool_code, question_ordinal, value) VALUES (:r, :t, :q, :v)""")
                .param("r", id).param("t", toolCode).param("q", ordinal).param("v", value).update());
        audit.record(AuditEntry.of(AuditAction.CREATE, "assessment_risk", id).aboutPerson(a.personId()));
        return rows(a.id()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    /** The tools completed on an assessment (not audited: for callers that audit their own read). */
    List<RiskRow> rows(long assessmentId) {
        return jdbc.sql("""
                SELECT r.id, r.assessment_id, t.code, t.name_en, t.name_cy, r.score, l.code l_code, l.name_en l_en, l.name_cy l_cy,
                       r.completed_at, r.completed_by
                  FROM assessment_risk r JOIN risk_tool t ON t.code = r.tool_code JOIN risk_level l ON l.code = r.level
                 WHERE r.assessment_id = :a ORDER BY r.id""").param("a", assessmentId)
                .query((rs, i) -> new RiskRow(rs.getLong("id"), rs.getLong("assessment_id"),
                        new Named(rs.getString("code"), rs.getString("name_en"), rs.getString("name_cy")), rs.getInt("score"),
                        new Named(rs.getString("l_code"), rs.getString("l_en"), rs.getString("l_cy")),
                        rs.getTimestamp("completed_at").toInstant(), rs.getString("completed_by"))).list();
    }
}
