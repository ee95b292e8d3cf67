package cymru.gofal.platform.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whose work a tray shows, as of a day. A worker's tray: {@code staffId} set, teams empty: the work allocated to
 * them. A team tray: {@code staffId} null and the teams given: all the teams' work, allocated or not. With
 * {@code unallocatedOnly}, only work no one holds yet.
 */
public record WorkScope(long authorityId, Long staffId, List<Long> teamIds, boolean unallocatedOnly, LocalDate asOf) {

    public WorkScope {
        teamIds = List.copyOf(teamIds);
        Objects.requireNonNull(asOf, "asOf");
        if (staffId == null && teamIds.isEmpty()) {
            throw new IllegalArgumentException("A work scope needs a member of staff or at least one team");
        }
    }

    public static WorkScope worker(long authorityId, long staffId, LocalDate asOf) {
        return new WorkScope(authorityId, staffId, List.of(), false, asOf);
    }

    public static WorkScope teams(long authorityId, List<Long> teamIds, boolean unallocatedOnly, LocalDate asOf) {
        return new WorkScope(authorityId, null, teamIds, unallocatedOnly, asOf);
    }

    /** The team ids as a PostgreSQL array literal, for {@code = ANY(CAST(:teams AS bigint[]))}. */
    public String teamArray() {
        return teamIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }
}
