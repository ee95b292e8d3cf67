package cymru.gofal.casework.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.casework.CaseFit;

/**
 * The case reference lists (V12): complexities and need types (the fit rules as data), closure reasons and note types,
 * in their order. Read on each use: they are a few rows, and a council changes its rules by changing rows.
 */
@Component
public class CaseReference {

    /** A row of a reference list: its code and names. */
    public record Named(String code, String nameEn, String nameCy) {
        public String name(Locale locale) {
            return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
        }
    }

    /** A case_complexity row. */
    public record Complexity(String code, String nameEn, String nameCy, int weight, boolean requiresQualified, int minYearsQualified) {
        public String name(Locale locale) {
            return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
        }

        public CaseFit.Complexity rule() {
            return new CaseFit.Complexity(code, weight, requiresQualified, minYearsQualified);
        }
    }

    /** A case_need_type row; serviceArea ADULTS, CHILDREN or ALL. */
    public record NeedType(String code, String nameEn, String nameCy, String serviceArea, String skillCode, boolean requiresQualified,
            int minYearsQualified, boolean requiresWelsh) {
        public String name(Locale locale) {
            return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
        }

        public CaseFit.Need rule() {
            return new CaseFit.Need(code, skillCode, requiresQualified, minYearsQualified, requiresWelsh);
        }

        public boolean appliesTo(String area) {
            return "ALL".equals(serviceArea) || serviceArea.equals(area);
        }
    }

    private final JdbcClient jdbc;

    CaseReference(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Complexity> complexities() {
        return jdbc.sql("SELECT code, name_en, name_cy, weight, requires_qualified, min_years_qualified FROM case_complexity ORDER BY ordinal")
                .query(Complexity.class).list();
    }

    public Optional<Complexity> complexity(String code) {
        return complexities().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<NeedType> needTypes() {
        return jdbc.sql("""
                SELECT code, name_en, name_cy, service_area, skill_code, requires_qualified, min_years_qualified, requires_welsh
                  FROM case_need_type ORDER BY ordinal""").query(NeedType.class).list();
    }

    /** The need types a case of the service area may have. */
    public List<NeedType> needTypes(String serviceArea) {
        return needTypes().stream().filter(n -> n.appliesTo(serviceArea)).toList();
    }

    /** The need types with these codes, in the list's order. */
    public List<NeedType> needTypes(java.util.Collection<String> codes) {
        return needTypes().stream().filter(n -> codes.contains(n.code())).toList();
    }

    public List<Named> closureReasons() {
        return jdbc.sql("SELECT code, name_en, name_cy FROM case_closure_reason ORDER BY ordinal").query(Named.class).list();
    }

    public List<Named> noteTypes() {
        return jdbc.sql("SELECT code, name_en, name_cy FROM case_note_type ORDER BY ordinal").query(Named.class).list();
    }
}
