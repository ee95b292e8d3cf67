package cymru.gofal.review.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.review.ReviewFramework;

/**
 * An ADMIN's own framework, built without code: scales with their levels (worst first), questions on a scale,
 * themes of a question, areas of a theme; then locked, after which it never changes and reviews may use it.
 * Seeded frameworks are locked. Every change checks the framework's version and moves it on (answered).
 */
@Service
public class FrameworkEdits {

    /** A level typed by the ADMIN, worst first; its code is made from the English name. */
    public record NewLevel(String nameEn, String nameCy) {
    }

    private final JdbcClient jdbc;
    private final FrameworkStore store;
    private final AuditLog audit;

    FrameworkEdits(JdbcClient jdbc, FrameworkStore store, AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.audit = audit;
    }

    @Transactional
    public void create(String code, String nameEn, String nameCy, String descriptionEn, String descriptionCy) {
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new ReviewRuleException("code", "review.framework.error.code");
        }
        int added = jdbc.sql("""
                INSERT INTO review_framework (code, name_en, name_cy, description_en, description_cy, source, created_by)
                VALUES (:c, :ne, :nc, :de, :dc, :src, :by) ON CONFLICT (code) DO NOTHING""").param("c", code).param("ne", nameEn)
                .param("nc", nameCy).param("de", descriptionEn).param("dc", descriptionCy)
                .param("src", "Defined in Gofal by " + CurrentUser.username()).param("by", CurrentUser.username()).update();
        if (added == 0) {
            throw new ReviewRuleException("code", "review.framework.error.codeTaken");
        }
        audit.record(AuditEntry.of(AuditAction.CREATE, "REVIEW_FRAMEWORK", code));
    }

    @Transactional
    public int addScale(String framework, int version, String code, String nameEn, String nameCy, List<NewLevel> levels) {
        ReviewFramework f = open(framework, version);
        if (levels.size() < 2 || levels.size() > 10) {
            throw new ReviewRuleException("levels", "review.framework.error.levels");
        }
        if (f.scales().stream().anyMatch(s -> s.code().equals(code))) {
            throw new ReviewRuleException("scaleCode", "review.framework.error.codeTaken");
        }
        long scale = jdbc.sql("INSERT INTO review_scale (framework, code, name_en, name_cy) VALUES (:f, :c, :en, :cy) RETURNING id")
                .param("f", framework).param("c", code).param("en", nameEn).param("cy", nameCy).query(Long.class).single();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            String levelCode = codeOf(levels.get(i).nameEn());
            if (levelCode.isEmpty() || !codes.add(levelCode)) {
                throw new ReviewRuleException("levels", "review.framework.error.levels");
            }
            jdbc.sql("INSERT INTO review_scale_level (scale_id, ordinal, code, name_en, name_cy) VALUES (:s, :o, :c, :en, :cy)")
                    .param("s", scale).param("o", i + 1).param("c", levelCode).param("en", levels.get(i).nameEn())
                    .param("cy", levels.get(i).nameCy()).update();
        }
        return changed(framework, "scale " + code);
    }

    @Transactional
    public int addQuestion(String framework, int version, String code, String textEn, String textCy, String scaleCode) {
        ReviewFramework f = open(framework, version);
        var scale = f.scales().stream().filter(s -> s.code().equals(scaleCode)).findFirst()
                .orElseThrow(() -> new ReviewRuleException("scale", "review.framework.error.scale"));
        if (f.question(code).isPresent()) {
            throw new ReviewRuleException("questionCode", "review.framework.error.codeTaken");
        }
        jdbc.sql("INSERT INTO review_question (framework, code, ordinal, text_en, text_cy, scale_id) VALUES (:f, :c, :o, :en, :cy, :s)")
                .param("f", framework).param("c", code).param("o", f.questions().size() + 1).param("en", textEn).param("cy", textCy)
                .param("s", scale.id()).update();
        return changed(framework, "question " + code);
    }

    @Transactional
    public int addTheme(String framework, int version, String questionCode, String nameEn, String nameCy, String scopeEn, String scopeCy) {
        ReviewFramework.Question q = open(framework, version).question(questionCode)
                .orElseThrow(() -> new ReviewRuleException("themeQuestion", "review.error.question"));
        jdbc.sql("INSERT INTO review_theme (question_id, ordinal, name_en, name_cy, scope_en, scope_cy) VALUES (:q, :o, :ne, :nc, :se, :sc)")
                .param("q", q.id()).param("o", q.themes().size() + 1).param("ne", nameEn).param("nc", nameCy)
                .param("se", scopeEn == null || scopeCy == null ? null : scopeEn).param("sc", scopeEn == null || scopeCy == null ? null : scopeCy)
                .update();
        return changed(framework, "theme of " + questionCode);
    }

    @Transactional
    public int addArea(String framework, int version, long themeId, String code, String nameEn, String nameCy) {
        ReviewFramework f = open(framework, version);
        ReviewFramework.Theme theme = f.questions().stream().flatMap(q -> q.themes().stream()).filter(t -> t.id() == themeId)
                .findFirst().orElseThrow(() -> new ReviewRuleException("theme", "review.framework.error.theme"));
        if (f.area(code).isPresent()) {
            throw new ReviewRuleException("areaCode", "review.framework.error.codeTaken");
        }
        jdbc.sql("INSERT INTO review_area (framework, theme_id, code, ordinal, name_en, name_cy) VALUES (:f, :t, :c, :o, :en, :cy)")
                .param("f", framework).param("t", themeId).param("c", code).param("o", theme.areas().size() + 1)
                .param("en", nameEn).param("cy", nameCy).update();
        return changed(framework, "area " + code);
    }

    /** Locks a complete framework: at least one question, each with a theme, each theme with an area. */
    @Transactional
    public int lock(String framework, int version) {
        ReviewFramework f = open(framework, version);
        boolean complete = !f.questions().isEmpty() && f.questions().stream().allMatch(q -> !q.themes().isEmpty()
                && q.themes().stream().allMatch(t -> !t.areas().isEmpty()));
        if (!complete) {
            throw new ReviewRuleException("lock", "review.framework.error.incomplete");
        }
        jdbc.sql("UPDATE review_framework SET locked = TRUE WHERE code = :c").param("c", framework).update();
        return changed(framework, "locked");
    }

    static String codeOf(String name) {
        String code = name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        code = code.replaceAll("^[0-9_]+", "");
        return code.length() > 40 ? code.substring(0, 40) : code;
    }

    private ReviewFramework open(String framework, int version) {
        ReviewFramework f = store.findForUpdate(framework).orElseThrow(() -> new cymru.gofal.platform.web.NotFoundException(framework));
        if (f.locked()) {
            throw new ReviewRuleException("framework", "review.framework.error.locked", true);
        }
        if (f.version() != version) {
            throw new StaleVersionException("Framework " + framework + " is no longer at version " + version);
        }
        return f;
    }

    private int changed(String framework, String what) {
        audit.record(AuditEntry.of(AuditAction.UPDATE, "REVIEW_FRAMEWORK", framework).because(what));
        return jdbc.sql("UPDATE review_framework SET version = version + 1 WHERE code = :c RETURNING version").param("c", framework)
                .query(Integer.class).single();
    }
}
