package cymru.gofal.review.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.platform.web.FormText;

/**
 * The checks of every evidence form, shared by the pages and the API: raw fields in (by the field names the forms
 * use), column values or parsed inputs out, each problem a {@link FormError} keyed review.evidence.error.*.
 * Pure: no database, so the checks are tested without Spring.
 */
final class EvidenceForm {

    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 20_000;
    static final String KEY = "review.evidence.error.";

    private final Map<String, String> in;
    private final LocalDate today;
    final List<FormError> errors = new ArrayList<>();

    EvidenceForm(Map<String, String> in, LocalDate today) {
        this.in = in;
        this.today = today;
    }

    /** The areas chosen: ids among {@code known}, at least one. */
    List<Long> areas(List<String> raw, Set<Long> known) {
        List<Long> chosen = raw == null ? List.of() : raw.stream().filter(s -> s != null && s.strip().matches("\\d{1,18}"))
                .map(s -> Long.valueOf(s.strip())).filter(known::contains).distinct().toList();
        if (chosen.isEmpty() || raw.size() != chosen.size()) {
            errors.add(new FormError("areas", KEY + "areas"));
        }
        return chosen;
    }

    /** INTERVIEW and FOCUS_GROUP: who, role or organisation, when, notes. */
    Map<String, Object> note() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("who", FormText.required("who", in.get("who"), MAX_TEXT, KEY + "who", errors));
        c.put("role_organisation", FormText.optional("roleOrganisation", in.get("roleOrganisation"), MAX_TEXT, KEY + "roleOrganisation", errors));
        c.put("held_on", pastDate("heldOn"));
        c.put("notes", FormText.required("notes", in.get("notes"), MAX_NOTES, KEY + "notes", errors));
        return c;
    }

    Map<String, Object> survey() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", FormText.required("title", in.get("title"), MAX_TEXT, KEY + "title", errors));
        c.put("respondents", whole("respondents", 0, 10_000_000));
        c.put("question", FormText.required("question", in.get("question"), 1000, KEY + "question", errors));
        c.put("result_percent", percent("resultPercent"));
        return c;
    }

    String title() {
        return FormText.required("title", in.get("title"), MAX_TEXT, KEY + "title", errors);
    }

    record CaseFileInput(long sampleId, LocalDate readOn, String grade, Map<String, String> answers, String notes) {
    }

    /** A case file reading: the sample, when read, a grade among {@code grades}, an answer to each of {@code questions}. */
    CaseFileInput caseFile(Set<String> grades, List<String> questions) {
        Integer sample = whole("sampleId", 1, Integer.MAX_VALUE);
        LocalDate readOn = pastDate("readOn");
        String grade = in.get("grade");
        if (grade == null || !grades.contains(grade)) {
            errors.add(new FormError("grade", KEY + "grade"));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (String q : questions) {
            String a = in.get("answer." + q);
            if (a == null || !Set.of("YES", "NO", "NOT_APPLICABLE").contains(a)) {
                errors.add(new FormError("answer-" + q, KEY + "answer"));
            } else {
                answers.put(q, a);
            }
        }
        String notes = FormText.optional("notes", in.get("notes"), MAX_NOTES, KEY + "notes", errors);
        return errors.isEmpty() ? new CaseFileInput(sample, readOn, grade, answers, notes) : null;
    }

    record IndicatorInput(String code, LocalDate from, LocalDate to) {
    }

    /** An indicator among {@code codes} and a period of at most five years that has ended by today. */
    IndicatorInput indicator(Set<String> codes) {
        String code = in.get("indicatorCode");
        if (code == null || !codes.contains(code)) {
            errors.add(new FormError("indicatorCode", KEY + "indicator"));
        }
        LocalDate from = FormDates.parse("periodFrom", in.get("periodFrom"), true, KEY + "periodFrom", 2000, today.getYear(), errors);
        LocalDate to = FormDates.parse("periodTo", in.get("periodTo"), true, KEY + "periodTo", 2000, today.getYear(), errors);
        if (from != null && to != null && (to.isBefore(from) || to.isAfter(from.plusYears(5)))) {
            errors.add(new FormError("periodTo", KEY + "period"));
        }
        return errors.isEmpty() ? new IndicatorInput(code, from, to) : null;
    }

    private LocalDate pastDate(String field) {
        LocalDate d = FormDates.parse(field, in.get(field), true, KEY + field, 1990, today.getYear(), errors);
        if (d != null && d.isAfter(today)) {
            errors.add(new FormError(field, KEY + "future"));
            return null;
        }
        return d;
    }

    private Integer whole(String field, int min, int max) {
        String v = in.get(field) == null ? "" : in.get(field).strip();
        if (!v.matches("\\d{1,10}") || Long.parseLong(v) < min || Long.parseLong(v) > max) {
            errors.add(new FormError(field, KEY + field));
            return null;
        }
        return Integer.valueOf(v);
    }

    private BigDecimal percent(String field) {
        String v = in.get(field) == null ? "" : in.get(field).strip();
        if (!v.matches("\\d{1,3}(\\.\\d)?") || new BigDecimal(v).compareTo(BigDecimal.valueOf(100)) > 0) {
            errors.add(new FormError(field, KEY + field));
            return null;
        }
        return new BigDecimal(v);
    }
}
