package cymru.gofal.workforce.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;
import cymru.gofal.workforce.internal.HeldQualification;
import cymru.gofal.workforce.internal.ReferenceData;
import cymru.gofal.workforce.internal.StaffDetail;
import cymru.gofal.workforce.internal.StaffInput;
import cymru.gofal.workforce.internal.WorkforceRules;

/**
 * The staff form as typed, to show it again after a mistake (kept in the session as a flash attribute, so each
 * value is cut to {@link #KEPT} characters: a 10 MB name is refused, not stored in the session). The awarded
 * dates are keyed by qualification code.
 */
record StaffForm(String givenNames, String familyName, String username, String role, String teamId,
        String scwRegistered, String scwRegistrationNumber, String qualifiedOn, String welshLevel, String hoursPerWeek,
        String caseloadCapacity, String startedOn, List<String> skills, List<String> qualifications,
        Map<String, String> awardedOn, String version) implements Serializable {

    static final int KEPT = 1000;

    static StaffForm empty(String teamId) {
        return new StaffForm("", "", "", "", teamId == null ? "" : teamId, "", "", "", "NONE", WorkforceRules.FULL_TIME_HOURS.toPlainString(), "", "", List.of(),
                List.of(), Map.of(), "");
    }

    static StaffForm of(StaffDetail s) {
        Map<String, String> awarded = new LinkedHashMap<>();
        s.qualifications().forEach(q -> awarded.put(q.qualification().code(), FormDates.format(q.awardedOn())));
        return new StaffForm(s.givenNames(), s.familyName(), s.username() == null ? "" : s.username(), s.role().code(),
                String.valueOf(s.team().id()), String.valueOf(s.scwRegistered()),
                s.scwRegistrationNumber() == null ? "" : s.scwRegistrationNumber(), FormDates.format(s.qualifiedOn()),
                s.welshLevel().code(), s.hoursPerWeek().stripTrailingZeros().toPlainString(),
                String.valueOf(s.caseloadCapacity()), FormDates.format(s.startedOn()),
                s.skills().stream().map(n -> n.code()).toList(),
                s.qualifications().stream().map(q -> q.qualification().code()).toList(), awarded,
                String.valueOf(s.version()));
    }

    /** The form as posted; awarded dates come from fields {@code qualification-<CODE>-awardedOn}. */
    static StaffForm posted(MultiValueMap<String, String> params, ReferenceData ref) {
        Map<String, String> awarded = new LinkedHashMap<>();
        ref.qualifications().forEach(q -> awarded.put(q.code(), one(params, "qualification-" + q.code() + "-awardedOn")));
        return new StaffForm(one(params, "givenNames"), one(params, "familyName"), one(params, "username"),
                one(params, "role"), one(params, "teamId"), one(params, "scwRegistered"),
                one(params, "scwRegistrationNumber"), one(params, "qualifiedOn"), one(params, "welshLevel"),
                one(params, "hoursPerWeek"), one(params, "caseloadCapacity"), one(params, "startedOn"),
                many(params, "skills"), many(params, "qualifications"), awarded, one(params, "version"));
    }

    /** The input for the rules, with the dates parsed as the forms read them (their mistakes go to errors). */
    StaffInput input(LocalDate today, List<FormError> errors) {
        int first = WorkforceRules.FIRST_YEAR;
        LocalDate qualified = FormDates.parse("qualifiedOn", qualifiedOn, false, "workforce.error.qualifiedOn", first,
                today.getYear(), errors);
        LocalDate started = FormDates.parse("startedOn", startedOn, true, "workforce.error.startedOn", first,
                today.getYear() + 1, errors);
        List<HeldQualification> held = new ArrayList<>();
        for (String code : qualifications) {
            String field = "qualification-" + code + "-awardedOn";
            held.add(new HeldQualification(code, FormDates.parse(field, awardedOn.get(code), false,
                    "workforce.error.awardedOn", first, today.getYear(), errors)));
        }
        return new StaffInput(givenNames, familyName, username, role, teamId, scwRegistered, scwRegistrationNumber,
                qualified, welshLevel, hoursPerWeek, caseloadCapacity, started, skills, held);
    }

    /** This form with every value cut to {@link #KEPT} characters, for the session. */
    StaffForm kept() {
        Map<String, String> awarded = new LinkedHashMap<>();
        awardedOn.forEach((k, v) -> awarded.put(cut(k), cut(v)));
        return new StaffForm(cut(givenNames), cut(familyName), cut(username), cut(role), cut(teamId), cut(scwRegistered),
                cut(scwRegistrationNumber), cut(qualifiedOn), cut(welshLevel), cut(hoursPerWeek), cut(caseloadCapacity),
                cut(startedOn), skills.stream().limit(50).map(StaffForm::cut).toList(),
                qualifications.stream().limit(50).map(StaffForm::cut).toList(), awarded, cut(version));
    }

    public boolean registered() {
        return "true".equals(scwRegistered);
    }

    public String awarded(String code) {
        return awardedOn.getOrDefault(code, "");
    }

    private static String one(MultiValueMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null ? "" : v;
    }

    private static List<String> many(MultiValueMap<String, String> params, String name) {
        List<String> v = params.get(name);
        return v == null ? List.of() : v.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    private static String cut(String v) {
        return v == null || v.length() <= KEPT ? v : v.substring(0, KEPT);
    }
}
