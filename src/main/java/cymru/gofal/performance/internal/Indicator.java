package cymru.gofal.performance.internal;

import java.util.Locale;

/**
 * One indicator of the catalogue (a row of {@code indicator}): what it measures, in both languages, and how the
 * engine computes it from one reporting view. {@code denominatorWhere} and {@code numeratorWhere} are SQL written in
 * migrations; the identifiers were checked when the catalogue was read.
 */
public record Indicator(String code, String framework, String serviceArea, String titleEn, String titleCy, String definitionEn,
        String definitionCy, String numeratorEn, String numeratorCy, String denominatorEn, String denominatorCy, String polarity,
        String unit, String sourceView, String periodColumn, String teamColumn, String personColumn, String rowIdColumn,
        String denominatorWhere, String numeratorWhere, String recordPath, String source, boolean verified) {

    public static final String PERCENT = "PERCENT";

    /** The page of the record with this row id, or null when the indicator's records have no page of their own. */
    public String recordPathOf(long rowId) {
        return recordPath == null ? null : recordPath.replace("{id}", Long.toString(rowId));
    }

    public boolean percent() {
        return PERCENT.equals(unit);
    }

    public boolean higherIsBetter() {
        return "HIGHER_IS_BETTER".equals(polarity);
    }

    public String title(Locale l) {
        return cy(l) ? titleCy : titleEn;
    }

    public String definition(Locale l) {
        return cy(l) ? definitionCy : definitionEn;
    }

    public String numerator(Locale l) {
        return cy(l) ? numeratorCy : numeratorEn;
    }

    public String denominator(Locale l) {
        return cy(l) ? denominatorCy : denominatorEn;
    }

    private static boolean cy(Locale l) {
        return "cy".equals(l.getLanguage());
    }
}
