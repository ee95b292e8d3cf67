package cymru.gofal.simulator.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A council's teams and staff (Merthyr Tydfil's shape: {@code teams.tsv}), from a seed: roles, registration,
 * qualifications, skills, Welsh, hours and caseload capacity, joiners and leavers with their postings, and
 * established posts a little above the staff in post (vacancies). The demo accounts take the places named for them.
 */
public final class WorkforceGenerator {

    private final WorkforceSpec spec;
    private final SplittableRandom random;
    private final StaffMaker maker;

    public WorkforceGenerator(WorkforceSpec spec) {
        this.spec = spec;
        this.random = new SplittableRandom(PopulationGenerator.mix(spec.seed() ^ 0x5741_4646L, spec.council().code()));
        this.maker = new StaffMaker(random, spec, NameLists.INSTANCE);
    }

    public WorkforceBatch generate() {
        WorkforceBatch batch = new WorkforceBatch();
        List<TeamTemplate> teams = TeamTemplate.ALL;
        int remaining = spec.staff();
        for (int t = 0; t < teams.size(); t++) {
            TeamTemplate team = teams.get(t);
            int size = t == teams.size() - 1 ? remaining : Math.max(2, (int) Math.round(team.share() * spec.staff()));
            size = Math.min(size, remaining);
            remaining -= size;
            BigDecimal fte = BigDecimal.ZERO;
            for (String role : team.roles(size)) {
                fte = fte.add(maker.make(batch, team, role, false));
            }
            for (int i = 0; i < Math.round(size * 0.1); i++) {
                maker.make(batch, team, team.roles(size).get(random.nextInt(size)), true);
            }
            BigDecimal established = fte.multiply(BigDecimal.valueOf(1.04 + random.nextDouble() * 0.12))
                    .setScale(2, RoundingMode.HALF_UP);
            batch.teams.add(new WorkforceBatch.Team(team.code(), team.nameEn(), team.nameCy(), team.kind(),
                    team.serviceArea(), established));
        }
        moveSomeFromOtherTeams(batch, teams);
        for (WorkforceSpec.Account account : spec.accounts()) {
            link(batch, account);
        }
        return batch;
    }

    /** One in five came from another team of the council: an earlier posting there, then the present one. */
    private void moveSomeFromOtherTeams(WorkforceBatch batch, List<TeamTemplate> teams) {
        List<WorkforceBatch.Posting> postings = new ArrayList<>(batch.postings);
        batch.postings.clear();
        for (WorkforceBatch.Posting p : postings) {
            long days = (p.to() == null ? spec.asOf() : p.to()).toEpochDay() - p.from().toEpochDay();
            if (days > 400 && random.nextDouble() < 0.2) {
                LocalDate moved = p.from().plusDays(200 + random.nextLong(days - 200));
                String earlier = teams.get(random.nextInt(teams.size())).code();
                if (!earlier.equals(p.team())) {
                    batch.postings.add(new WorkforceBatch.Posting(p.staff(), earlier, p.from(), moved.minusDays(1), p.hours()));
                    batch.postings.add(new WorkforceBatch.Posting(p.staff(), p.team(), moved, p.to(), p.hours()));
                    continue;
                }
            }
            batch.postings.add(p);
        }
    }

    /** The first member of staff in post in the account's team and role becomes the account's holder. */
    private static void link(WorkforceBatch batch, WorkforceSpec.Account account) {
        for (int i = 0; i < batch.staff.size(); i++) {
            WorkforceBatch.Staff s = batch.staff.get(i);
            if (s.username() == null && s.leftOn() == null && s.team().equals(account.team()) && s.role().equals(account.role())) {
                batch.staff.set(i, new WorkforceBatch.Staff(s.index(), account.username(), account.givenNames(),
                        account.familyName(), s.role(), s.team(), s.scwNumber(), s.qualifiedOn(), s.welshLevel(), s.hours(),
                        s.caseloadCapacity(), s.startedOn(), s.leftOn(), s.leavingReason()));
                return;
            }
        }
    }
}
