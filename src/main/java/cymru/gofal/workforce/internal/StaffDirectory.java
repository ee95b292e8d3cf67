package cymru.gofal.workforce.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.workforce.StaffRef;

/**
 * Reads of staff records. Every read that hands out names is audited in its own read-write transaction: one
 * READ row per record, one SEARCH row per list.
 */
@Service
public class StaffDirectory {

    private final StaffQueries queries;
    private final AuditLog audit;
    private final Clock clock;

    StaffDirectory(StaffQueries queries, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Today in Wales, the day "current" means. */
    public LocalDate today() {
        return Dates.today(clock);
    }

    @Transactional
    public List<StaffRow> inTeam(long authorityId, long teamId) {
        List<StaffRow> rows = queries.inTeam(authorityId, teamId, today());
        audit.record(AuditEntry.of(AuditAction.SEARCH, "staff", null).because("team " + teamId + ": " + rows.size() + " staff"));
        return rows;
    }

    @Transactional
    public Optional<StaffDetail> find(long authorityId, long id) {
        Optional<StaffDetail> found = queries.detail(authorityId, id, today());
        found.ifPresent(s -> audit.record(AuditEntry.of(AuditAction.READ, "staff", id)));
        return found;
    }

    @Transactional
    public Optional<StaffRef> byUsername(long authorityId, String username) {
        Optional<StaffRef> found = username == null ? Optional.empty() : queries.byUsername(authorityId, username);
        found.ifPresent(s -> audit.record(AuditEntry.of(AuditAction.READ, "staff", s.id())));
        return found;
    }

    /** Staff in post in a team, for allocation. One SEARCH audit row. */
    @Transactional
    public List<StaffRef> refsInTeam(long authorityId, long teamId) {
        List<StaffRef> rows = queries.refsInTeam(authorityId, teamId, today());
        audit.record(AuditEntry.of(AuditAction.SEARCH, "staff", null).because("team " + teamId + ": " + rows.size() + " staff"));
        return rows;
    }

    /** Staff by id, for showing who holds work. One SEARCH audit row when any are asked for. */
    @Transactional
    public List<StaffRef> refs(long authorityId, java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<StaffRef> rows = queries.refs(authorityId, ids);
        audit.record(AuditEntry.of(AuditAction.SEARCH, "staff", null).because(rows.size() + " staff by id"));
        return rows;
    }

    /** Staff by sign-in username (any case), for pages that say who did what. One READ audit row per record found. */
    @Transactional
    public List<StaffRef> byUsernames(long authorityId, java.util.Collection<String> usernames) {
        java.util.Set<String> lower = new java.util.LinkedHashSet<>();
        usernames.stream().filter(java.util.Objects::nonNull).forEach(u -> lower.add(u.toLowerCase(java.util.Locale.ROOT)));
        List<StaffRef> found = queries.refsByUsernames(authorityId, lower);
        found.forEach(s -> audit.record(AuditEntry.of(AuditAction.READ, "staff", s.id())));
        return found;
    }

    /** Team ids only, no names: used for access decisions on every request, so not audited. */
    @Transactional(readOnly = true)
    public List<Long> teamIdsOf(long authorityId, String username) {
        return username == null ? List.of() : queries.teamIdsOf(authorityId, username, today());
    }
}
