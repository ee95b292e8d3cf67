package cymru.gofal.review.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

import cymru.gofal.review.Texts;

/** The reference lists of a case file reading (V22): grades with their scores, and the structured questions. */
@Component
public class ReadingLists {

    /** A grade of a case file read; {@code score} 0..1 feeds the suggested rating. */
    public record Grade(String code, int ordinal, BigDecimal score, String nameEn, String nameCy) {
        public String name(Locale locale) {
            return Texts.pick(locale, nameEn, nameCy);
        }
    }

    public record Question(String code, int ordinal, String textEn, String textCy) {
        public String text(Locale locale) {
            return Texts.pick(locale, textEn, textCy);
        }
    }

    private final JdbcClient jdbc;

    ReadingLists(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Grade> grades() {
        return jdbc.sql("SELECT code, ordinal, score, name_en, name_cy FROM review_case_grade ORDER BY ordinal").query(Grade.class).list();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Question> questions() {
        return jdbc.sql("SELECT code, ordinal, text_en, text_cy FROM review_case_question ORDER BY ordinal").query(Question.class).list();
    }
}
