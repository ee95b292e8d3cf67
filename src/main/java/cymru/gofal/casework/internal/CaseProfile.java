package cymru.gofal.casework.internal;

import java.util.Collection;
import java.util.List;

import cymru.gofal.platform.web.FormError;

/**
 * A case's complexity and needs as a form or the API gives them, checked against the reference lists: a complexity of
 * case_complexity, needs of case_need_type that apply to the case's service area.
 */
record CaseProfile(String complexity, List<String> needs) {

    static CaseProfile check(CaseReference reference, String area, String complexity, Collection<String> needCodes, List<FormError> errors) {
        String level = complexity == null ? "" : complexity.strip();
        if (reference.complexity(level).isEmpty()) {
            errors.add(new FormError("complexity", "casework.complexity.error.required"));
        }
        List<String> asked = needCodes == null ? List.of() : needCodes.stream().filter(n -> n != null && !n.isBlank()).map(String::strip)
                .distinct().toList();
        List<String> known = reference.needTypes(area).stream().map(CaseReference.NeedType::code).filter(asked::contains).toList();
        if (known.size() != asked.size()) {
            errors.add(new FormError("needs", "casework.needs.error.unknown"));
        }
        return new CaseProfile(level, known);
    }
}
