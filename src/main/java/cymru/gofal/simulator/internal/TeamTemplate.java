package cymru.gofal.simulator.internal;

import java.util.List;

/** A team every simulated council has ({@code teams.tsv}): its share of the staff, kind and practitioners' skills. */
record TeamTemplate(String code, double share, String kind, String serviceArea, List<String> skills, String nameEn,
        String nameCy) {

    static final List<TeamTemplate> ALL = DataFiles.lines("teams.tsv").stream().map(line -> {
        String[] f = line.split("\t", -1);
        return new TeamTemplate(f[0], Double.parseDouble(f[1]), f[2], f[3],
                f[4].isBlank() ? List.of() : List.of(f[4].split(" ")), f[5], f[6]);
    }).toList();

    boolean children() {
        return "CHILDREN".equals(serviceArea);
    }

    /** The roles of a team of {@code size}: a manager, senior practitioners, assistants... and social workers. */
    List<String> roles(int size) {
        List<String> roles = new java.util.ArrayList<>();
        if ("MANAGEMENT".equals(kind)) {
            for (int i = 0; i < Math.max(2, size / 3); i++) {
                roles.add("SENIOR_MANAGER");
            }
            roles.add("SENIOR_PRACTITIONER");
            while (roles.size() < size) {
                roles.add("BUSINESS_SUPPORT");
            }
            return roles.subList(0, Math.min(size, roles.size()));
        }
        roles.add("TEAM_MANAGER");
        repeat(roles, "SENIOR_PRACTITIONER", Math.max(1, size / 8));
        if (List.of("ADULT-INTAKE", "OLDER-PEOPLE", "CHILD-DIS").contains(code)) {
            repeat(roles, "OCCUPATIONAL_THERAPIST", Math.max(1, size / 8));
        }
        repeat(roles, "SOCIAL_WORK_ASSISTANT", size / 6);
        if ("ADULTS".equals(serviceArea)) {
            repeat(roles, "SOCIAL_CARE_WORKER", size / 10);
        }
        repeat(roles, "STUDENT_SOCIAL_WORKER", size >= 8 ? 1 : 0);
        repeat(roles, "BUSINESS_SUPPORT", size >= 10 ? 1 : 0);
        while (roles.size() < size) {
            roles.add("SOCIAL_WORKER");
        }
        return roles.subList(0, Math.min(size, roles.size()));
    }

    private static void repeat(List<String> roles, String role, int times) {
        for (int i = 0; i < times; i++) {
            roles.add(role);
        }
    }
}
