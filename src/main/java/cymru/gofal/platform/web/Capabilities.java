package cymru.gofal.platform.web;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cymru.gofal.platform.security.Role;

/**
 * What each role may do in Gofal, as shown on the home page. Each capability names its page, its message
 * keys and the roles allowed; the page's own {@code @PreAuthorize} rule is the real guard and must agree
 * (a test checks that every role sees only links it may follow).
 */
@Component
public class Capabilities {

    private static final Set<Role> EVERYONE = Set.of(Role.values());
    /** Who works with contacts, referrals and assessments, or reads them (quality assurance, reviewers). */
    private static final Set<Role> INTAKE = Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.QA_OFFICER,
            Role.REVIEWER, Role.ADMIN);

    /** Who reads the council's figures on plans: unmet need, what plans cost, direct payments. */
    private static final Set<Role> PLAN_FIGURES = Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.FINANCE_OFFICER);

    /** Who works on joint reviews and self-assessments, or reads them (the review module's ReviewAccess.READ). */
    private static final Set<Role> JOINT_REVIEW = Set.of(Role.REVIEWER, Role.SENIOR_MANAGER, Role.QA_OFFICER, Role.ADMIN,
            Role.TEAM_MANAGER);

    private final List<Capability> all = List.of(
            new Capability("people", "/people", Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.QA_OFFICER,
                    Role.REVIEWER, Role.ADMIN)),
            new Capability("workTray", "/work", Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.ADMIN)),
            new Capability("intake", "/intake", INTAKE),
            new Capability("intakeWaitingList", "/intake/waiting-list", INTAKE),
            new Capability("turnedAside", "/intake/turned-aside", INTAKE),
            new Capability("assessments", "/assessments", INTAKE),
            new Capability("caseloads", "/cases/caseloads", Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER)),
            new Capability("myCases", "/cases/mine", Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SENIOR_MANAGER)),
            new Capability("reviews", "/reviews", Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SENIOR_MANAGER, Role.QA_OFFICER,
                    Role.REVIEWER, Role.ADMIN)),
            new Capability("unmetNeed", "/plans/unmet-need", PLAN_FIGURES),
            new Capability("planCosts", "/plans/costs", PLAN_FIGURES),
            new Capability("directPayments", "/plans/direct-payments", PLAN_FIGURES),
            new Capability("services", "/services", EVERYONE),
            new Capability("breakGlass", "/people/break-glass", Set.of(Role.TEAM_MANAGER, Role.SENIOR_MANAGER)),
            new Capability("performance", "/performance", EVERYONE),
            new Capability("benchmarks", "/performance/benchmarks", Set.of(Role.SENIOR_MANAGER, Role.ADMIN)),
            new Capability("businessPlans", "/performance/plans", EVERYONE),
            new Capability("jointReviews", "/joint-reviews", JOINT_REVIEW),
            new Capability("reviewFrameworks", "/review/frameworks", JOINT_REVIEW),
            new Capability("publishedReviews", "/joint-reviews/published", Set.of(Role.REVIEWER, Role.SENIOR_MANAGER, Role.TEAM_MANAGER,
                    Role.QA_OFFICER, Role.ADMIN, Role.COUNCILLOR)),
            new Capability("workforce", "/workforce", EVERYONE),
            new Capability("workforceMovements", "/workforce/movements", Set.of(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SENIOR_MANAGER,
                    Role.QA_OFFICER, Role.FINANCE_OFFICER, Role.REVIEWER, Role.ADMIN)),
            new Capability("addStaff", "/workforce/staff/new", Set.of(Role.TEAM_MANAGER, Role.ADMIN)),
            new Capability("addTeam", "/workforce/teams/new", Set.of(Role.ADMIN)),
            new Capability("calendar", "/calendar", EVERYONE),
            new Capability("timescales", "/timescales", EVERYONE),
            new Capability("audit", "/admin/audit", Set.of(Role.ADMIN)),
            new Capability("council", "/admin/council", Set.of(Role.ADMIN)),
            new Capability("apiDocs", "/api-docs", EVERYONE));

    /**
     * The capabilities the navigation shows, in its order; each is a section of the site (its path's first segment).
     * Where two share a section, the role's first allowed one is its link (managers' caseloads before a worker's own
     * cases).
     */
    private static final List<String> NAVIGATION = List.of("people", "workTray", "intake", "assessments", "caseloads", "myCases",
            "unmetNeed", "reviews", "performance", "jointReviews", "publishedReviews", "workforce");

    /** The navigation items the role may follow, in order, one per section (message key {@code layout.nav.<section>}). */
    public List<Capability> navigation(Role role) {
        java.util.Set<String> sections = new java.util.HashSet<>();
        return NAVIGATION.stream().flatMap(id -> all.stream().filter(c -> c.id().equals(id) && c.roles().contains(role)))
                .filter(c -> sections.add(c.section())).toList();
    }

    public List<Capability> forRole(Role role) {
        return all.stream().filter(c -> c.roles().contains(role)).toList();
    }

    /** Whether the role may use the capability with this id (for navigation links). */
    public boolean allows(Role role, String id) {
        return all.stream().anyMatch(c -> c.id().equals(id) && c.roles().contains(role));
    }

    /** A thing a role may do: its id (message keys {@code home.capability.<id>.title/.description}) and page. */
    public record Capability(String id, String path, Set<Role> roles) {

        /** The section of the site the page is in: its path's first segment ("work" for /work). */
        public String section() {
            return path.substring(1).split("/")[0];
        }
    }
}
