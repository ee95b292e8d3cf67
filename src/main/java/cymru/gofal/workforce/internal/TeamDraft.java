package cymru.gofal.workforce.internal;

import java.math.BigDecimal;
import java.util.List;

/** A new team that passed its checks. */
public record TeamDraft(String code, String nameEn, String nameCy, String kind, String serviceArea,
        BigDecimal establishedFte) {

    public static final List<String> SERVICE_AREAS = List.of("ADULTS", "CHILDREN", "ALL");

    /** Checks a team as typed; answers the draft, or null after adding every problem found. */
    public static TeamDraft check(String code, String nameEn, String nameCy, String kind, String serviceArea,
            String establishedFte, ReferenceData ref, List<Problem> problems) {
        int before = problems.size();
        String c = Inputs.text("code", code, true, 20, problems);
        if (c != null) {
            c = c.toUpperCase(java.util.Locale.ROOT);
            if (!c.matches("[A-Z0-9][A-Z0-9_-]*")) {
                problems.add(new Problem("code", Inputs.key("code", "invalid")));
            }
        }
        String en = Inputs.text("nameEn", nameEn, true, 100, problems);
        String cy = Inputs.text("nameCy", nameCy, true, 100, problems);
        if (kind == null || ref.teamKind(kind.strip()).isEmpty()) {
            problems.add(new Problem("kind", Inputs.key("kind", "required")));
        }
        if (serviceArea == null || !SERVICE_AREAS.contains(serviceArea.strip())) {
            problems.add(new Problem("serviceArea", Inputs.key("serviceArea", "required")));
        }
        BigDecimal fte = Inputs.decimal("establishedFte", establishedFte, new BigDecimal("-0.01"), new BigDecimal("9999.99"), 2,
                problems);
        if (problems.size() > before) {
            return null;
        }
        return new TeamDraft(c, en, cy, kind.strip(), serviceArea.strip(), fte);
    }
}
