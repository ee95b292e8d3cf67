package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a council's cases, plans and reviews are generated from, besides its year of getting help: the staff who
 * hold cases with what the fit rules ask of them, the fit rules themselves (case need types and complexities, as
 * data), the service types, the review schedule of the council's regime, and the council's name and size.
 *
 * @param staffByTeam  staff in post whose role holds cases, by team id, in id order
 * @param needTypes    case_need_type rows by code, in ordinal order
 * @param reviewRules  review_schedule of the regime: service area -> {first_rule, subsequent_rule}
 */
record CareSpec(ActivitySpec activity, String councilName, int people, Map<Long, List<StaffFit>> staffByTeam,
        Map<String, NeedType> needTypes, Map<String, Complexity> complexities, Map<String, ServiceType> serviceTypes,
        Map<String, String[]> reviewRules, Map<Long, String> teamCodes) {

    /** A member of staff as the fit rules see them. qualified: role needs qualified social work and SCW registered. */
    record StaffFit(long id, long teamId, LocalDate startedOn, boolean qualified, LocalDate qualifiedOn, boolean welsh,
            int capacity, Set<String> skills) {
    }

    record NeedType(String code, String serviceArea, String skill, boolean requiresQualified, int minYears, boolean requiresWelsh) {
    }

    record Complexity(String code, int weight, boolean requiresQualified, int minYears) {
    }

    record ServiceType(String code, String serviceArea, String unit) {
    }

    /** Staff of the team who hold cases and are in post on the day. */
    List<StaffFit> holders(long teamId, LocalDate day) {
        return staffByTeam.getOrDefault(teamId, List.of()).stream().filter(s -> !s.startedOn().isAfter(day)).toList();
    }

    String teamCode(long teamId) {
        return teamCodes.getOrDefault(teamId, "");
    }

    long teamId(String code) {
        return activity.teamId(code);
    }

    LocalDate lastDay() {
        return activity.lastDay();
    }
}
