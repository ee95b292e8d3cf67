package cymru.gofal.people.internal;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Who is looking, for need-to-know: their council, username and current teams. A restricted person is visible
 * only to those on its access list (by name or by team) and to holders of an unexpired break-glass grant. A
 * merged record is part of the record it was merged into, so it is visible only when that record is too.
 * <p>
 * Need-to-know for reviewers ({@code grantsOnly}, the REVIEWER role): on top of that, a person is visible only
 * while a grant in {@code person_review_grant} names them (on the record itself or the record it was merged into)
 * for the viewer, unexpired. A grant is written by the joint review when a case of the person is sampled for that
 * reviewer; it lasts while the review is unpublished and 30 days after publication (V22). The rule names only that
 * table, so this module does not depend on the review module; a grant never opens a restricted record.
 * <p>
 * {@link #VISIBLE} is that rule as SQL over a person aliased {@code p}, with the parameters {@link #bind} sets.
 */
public record Viewer(long authorityId, String username, List<Long> teamIds, Instant now, boolean grantsOnly) {

    /** A viewer under the ordinary rule (not a reviewer). */
    public Viewer(long authorityId, String username, List<Long> teamIds, Instant now) {
        this(authorityId, username, teamIds, now, false);
    }

    public static final String VISIBLE = "(" + own("p") + " AND (p.merged_into IS NULL OR EXISTS (SELECT 1 FROM person k WHERE k.id = p.merged_into AND "
            + own("k") + "))" + """
             AND (NOT CAST(:viewerGrantsOnly AS boolean) OR EXISTS (SELECT 1 FROM person_review_grant g
                  WHERE g.person_id IN (p.id, p.merged_into) AND lower(g.username) = lower(:viewer)
                    AND (g.expires_at IS NULL OR g.expires_at > :viewerNow))))""";

    /** The rule on the person aliased {@code alias} itself. */
    private static String own(String alias) {
        return """
                (NOT %1$s.restricted
                 OR EXISTS (SELECT 1 FROM person_access a WHERE a.person_id = %1$s.id
                            AND (lower(a.username) = lower(:viewer) OR a.team_id = ANY(CAST(:viewerTeams AS bigint[]))))
                 OR EXISTS (SELECT 1 FROM break_glass b WHERE b.person_id = %1$s.id
                            AND lower(b.username) = lower(:viewer) AND b.expires_at > :viewerNow))""".formatted(alias);
    }

    /** The parameters {@link #VISIBLE} names, plus {@code :authority}. */
    public java.util.Map<String, Object> bind() {
        return java.util.Map.of("viewer", username, "viewerTeams", teamIds.stream().map(String::valueOf)
                .collect(Collectors.joining(",", "{", "}")), "viewerNow", java.sql.Timestamp.from(now), "authority", authorityId,
                "viewerGrantsOnly", grantsOnly);
    }
}
