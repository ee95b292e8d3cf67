package cymru.gofal.workforce.internal;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A team with its figures on one day: established (funded) FTE, FTE in post, vacancies (the difference), the
 * number of staff in post and their total caseload capacity. Holds no one's name.
 */
public record TeamSummary(long id, String code, String nameEn, String nameCy, Named kind, String serviceArea,
        BigDecimal establishedFte, BigDecimal fteInPost, BigDecimal vacancies, int staffCount, int caseloadCapacity,
        boolean active, int version) {

    public String name(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? nameCy : nameEn;
    }
}
