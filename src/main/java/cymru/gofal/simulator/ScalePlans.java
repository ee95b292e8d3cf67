package cymru.gofal.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import cymru.gofal.platform.authority.Council;
import cymru.gofal.simulator.internal.CouncilPlan;
import cymru.gofal.simulator.internal.CouncilProfile;
import cymru.gofal.simulator.internal.CouncilProfiles;
import cymru.gofal.simulator.internal.PopulationSpec;
import cymru.gofal.simulator.internal.WorkforceSpec;

/**
 * The councils of a scale and what each gets. The deployment's own council (authority 1 by default, Merthyr
 * Tydfil) is the one with the demo users' staff records, and its restricted records name the demo practitioner
 * and the adults intake team; other councils' restricted records name their adults intake team.
 */
final class ScalePlans {

    static final String ACCESS_TEAM = "ADULT-INTAKE";

    private final ToLongFunction<CouncilProfile> authorityOf;

    /** {@code authorityOf} answers the authority id of a council other than the deployment's own. */
    ScalePlans(ToLongFunction<CouncilProfile> authorityOf) {
        this.authorityOf = authorityOf;
    }

    List<CouncilPlan> plans(Scale scale, long seed, LocalDate asOf, Council home) {
        CouncilProfile homeProfile = CouncilProfiles.all().stream().filter(c -> c.code().equals(home.code())).findFirst()
                .orElse(CouncilProfiles.byCode("MTCBC"));
        if (scale == Scale.S) {
            return List.of(plan(scale, home.id(), homeProfile, seed, asOf, scale.people, scale.staff, 6, true));
        }
        long population = CouncilProfiles.all().stream().mapToLong(CouncilProfile::population).sum();
        List<CouncilPlan> plans = new ArrayList<>();
        for (CouncilProfile council : CouncilProfiles.all()) {
            boolean isHome = council == homeProfile;
            long id = isHome ? home.id() : authorityOf.applyAsLong(council);
            int people = (int) Math.round((double) scale.people * council.population() / population);
            int staff = (int) Math.max(90, Math.round((double) scale.staff * council.population() / population));
            plans.add(plan(scale, id, council, seed, asOf, people, staff, Math.max(3, people / 20_000), isHome));
        }
        return plans;
    }

    private static CouncilPlan plan(Scale scale, long authority, CouncilProfile council, long seed, LocalDate asOf,
            int people, int staff, int restricted, boolean home) {
        List<String> users = home ? List.of("practitioner") : List.of();
        PopulationSpec population = new PopulationSpec(council, seed, people, asOf, restricted, users, List.of(ACCESS_TEAM));
        return new CouncilPlan(authority, scale.name(), population,
                new WorkforceSpec(council, seed, staff, asOf, home ? demoAccounts() : List.of()));
    }

    static List<WorkforceSpec.Account> demoAccounts() {
        return DemoUsers.users().stream().filter(u -> u.team() != null).map(u -> {
            int space = u.displayName().indexOf(' ');
            return new WorkforceSpec.Account(u.username(), u.displayName().substring(0, space),
                    u.displayName().substring(space + 1), u.team(), u.staffRole());
        }).toList();
    }
}
