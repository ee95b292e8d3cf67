package cymru.gofal.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import cymru.gofal.platform.authority.Council;
import cymru.gofal.platform.authority.Councils;
import cymru.gofal.simulator.internal.CouncilLoader;
import cymru.gofal.simulator.internal.CouncilPlan;
import cymru.gofal.simulator.internal.LoadResult;
import cymru.gofal.simulator.internal.SimulatedAuthorities;

/**
 * Loads a scale: each of its councils in its own transaction (see {@link CouncilLoader}), {@code
 * gofal.simulator.parallel} councils at a time (each on its own connection), skipping councils simulated before,
 * with progress lines and a summary. Ages and histories are counted back from
 * {@code gofal.simulator.as-of} (by default the day of the load), so that a seed and that day always give the same rows.
 */
@Service
class Simulator {

    private final CouncilLoader loader;
    private final ScalePlans plans;
    private final Councils councils;
    private final String asOfSetting;
    private final java.time.Clock clock;
    private final int parallel;

    Simulator(CouncilLoader loader, SimulatedAuthorities authorities, Councils councils,
            @Value("${gofal.simulator.as-of:}") String asOf, java.time.Clock clock,
            @Value("${gofal.simulator.parallel:2}") int parallel) {
        this.loader = loader;
        this.plans = new ScalePlans(council -> authorities.ensure(council, councils.require(councils.defaultId()).regime()));
        this.councils = councils;
        this.asOfSetting = asOf;
        this.clock = clock;
        this.parallel = parallel;
    }

    record Summary(int loaded, int skipped, int refused, long people, long relationships, long addresses, long restricted,
            long staff, long contacts, long referrals, long assessments, long cases, long plans, long reviews, double seconds) {

        double rate() {
            return seconds > 0 ? people / seconds : 0;
        }
    }

    Summary run(Scale scale, long seed, Consumer<String> out) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("simulator", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(system);
        try {
            return load(scale, seed, out);
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    /**
     * The day the simulated history ends: {@code gofal.simulator.as-of} when set, else today in Wales, so that a
     * new demo's open work is current. The day used is stored with the run (simulation_run.as_of).
     */
    LocalDate asOf() {
        return asOfSetting == null || asOfSetting.isBlank() ? cymru.gofal.platform.web.Dates.today(clock)
                : LocalDate.parse(asOfSetting.strip());
    }

    private Summary load(Scale scale, long seed, Consumer<String> out) {
        LocalDate asOf = asOf();
        Council home = councils.require(councils.defaultId());
        List<CouncilPlan> all = plans.plans(scale, seed, asOf, home);
        List<CouncilPlan> pending = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (CouncilPlan plan : all) {
            if (loader.isLoaded(plan.authorityId())) {
                before.add(name(plan));
            } else {
                pending.add(plan);
            }
        }
        String label = "Simulator " + scale;
        if (pending.isEmpty()) {
            out.accept(label + ": scale " + scale + " is already loaded (" + all.size() + " simulated "
                    + (all.size() == 1 ? "council: " + before.get(0) : "councils") + "); nothing to do");
            return new Summary(0, all.size(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        if (!before.isEmpty()) {
            out.accept(label + ": simulated before, skipped: " + String.join(", ", before));
        }
        long total = pending.stream().mapToLong(p -> p.people().people()).sum();
        out.accept(String.format(Locale.UK, "%s: simulating %,d people, councils: %d (seed %d, as at %s)",
                label, total, pending.size(), seed, asOf));
        Progress progress = new Progress(label, total, out);
        // The largest councils first, so that parallel loads finish together.
        List<CouncilPlan> order = pending.stream()
                .sorted(Comparator.comparingInt((CouncilPlan p) -> p.people().people()).reversed()).toList();
        SecurityContext context = SecurityContextHolder.getContext();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel));
        List<Future<LoadResult>> results = new ArrayList<>();
        try {
            for (CouncilPlan plan : order) {
                results.add(pool.submit(() -> {
                    SecurityContextHolder.setContext(context);
                    try {
                        return loadOne(plan, progress, label, out);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
        } finally {
            pool.shutdown();
        }
        int loaded = 0, skipped = 0, refused = 0;
        long people = 0, relationships = 0, addresses = 0, restricted = 0, staff = 0, contacts = 0, referrals = 0, assessments = 0;
        long cases = 0, carePlans = 0, reviews = 0;
        for (Future<LoadResult> future : results) {
            LoadResult r = result(future);
            switch (r.outcome()) {
                case LOADED -> loaded++;
                case ALREADY_LOADED -> skipped++;
                case HAS_OTHER_PEOPLE -> refused++;
            }
            people += r.people();
            relationships += r.relationships();
            addresses += r.addresses();
            restricted += r.restricted();
            staff += r.staff();
            contacts += r.contacts();
            referrals += r.referrals();
            assessments += r.assessments();
            cases += r.cases();
            carePlans += r.plans();
            reviews += r.reviews();
        }
        Summary summary = new Summary(loaded, skipped, refused, people, relationships, addresses, restricted, staff, contacts,
                referrals, assessments, cases, carePlans, reviews, progress.elapsedSeconds());
        out.accept(String.format(Locale.UK, "%s: councils loaded: %d, %,d people, %,d relationships, %,d addresses, "
                + "%,d restricted records, %,d staff, %,d contacts, %,d referrals, %,d assessments, %,d cases, %,d plans, %,d reviews, "
                + "in %s (%,.0f people/s)", label, loaded, people, relationships, addresses, restricted, staff, contacts, referrals, assessments,
                cases, carePlans, reviews,
                Progress.duration(Math.round(summary.seconds())), summary.rate()));
        return summary;
    }

    private LoadResult loadOne(CouncilPlan plan, Progress progress, String label, Consumer<String> out) {
        long[] seen = {0};
        LoadResult r = loader.load(plan, made -> {
            progress.advance(made - seen[0]);
            seen[0] = made;
        });
        if (r.outcome() == LoadResult.Outcome.ALREADY_LOADED) {
            out.accept(label + ": " + name(plan) + " was simulated meanwhile; skipped");
        } else if (r.outcome() == LoadResult.Outcome.HAS_OTHER_PEOPLE) {
            out.accept(label + ": " + name(plan) + " holds people the simulator did not make; left alone");
        }
        progress.advance(plan.people().people() - seen[0]);
        return r;
    }

    /** A council's result; a failed council fails the run (the councils loaded before it stay, each complete). */
    private static LoadResult result(Future<LoadResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while simulating", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private String name(CouncilPlan plan) {
        return councils.name(plan.authorityId(), Locale.UK);
    }
}
