package cymru.gofal.platform.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;

/**
 * The working-day calendars Gofal counts statutory time in: England and Wales bank holidays computed from
 * the rules plus the one-off changes held as data ({@code calendar_special_day}), and for each council its
 * closure days. Other modules ask here, never compute dates themselves.
 *
 * <p>Closure days are cached per council for a minute (other app nodes see a change within that time; this
 * node at once).
 */
@Service
public class WorkingDays {

    private static final Duration CACHE_FOR = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private volatile EnglandAndWalesHolidays holidays;
    private final Map<Long, Cached> closures = new ConcurrentHashMap<>();

    private final org.springframework.context.ApplicationEventPublisher events;

    WorkingDays(JdbcClient jdbc, Clock clock, AuditLog audit, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
    }

    /** England and Wales bank holidays only (no council's closure days). */
    public WorkingDayCalendar englandAndWales() {
        return new WorkingDayCalendar(holidays(), Set.of());
    }

    /** The calendar of one council: bank holidays and its closure days. */
    public WorkingDayCalendar forCouncil(long authorityId) {
        return new WorkingDayCalendar(holidays(), closureDates(authorityId));
    }

    public EnglandAndWalesHolidays holidays() {
        EnglandAndWalesHolidays h = holidays;
        if (h == null) {
            List<SpecialDay> specials = jdbc.sql("SELECT day, kind, name_en, name_cy FROM calendar_special_day ORDER BY day")
                    .query((rs, i) -> new SpecialDay(rs.getObject("day", LocalDate.class),
                            SpecialDay.Kind.valueOf(rs.getString("kind")), rs.getString("name_en"), rs.getString("name_cy")))
                    .list();
            h = new EnglandAndWalesHolidays(specials);
            holidays = h;
        }
        return h;
    }

    public List<ClosureDay> closureDays(long authorityId) {
        return jdbc.sql("""
                SELECT day, reason, created_by FROM council_closure_day WHERE authority_id = :authority ORDER BY day
                """).param("authority", authorityId).query(ClosureDay.class).list();
    }

    /** Adds a closure day; answers false when the council already has one on that date. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean addClosureDay(long authorityId, LocalDate day, String reason, String by) {
        EnglandAndWalesHolidays.requireSupported(day);
        int added = jdbc.sql("""
                INSERT INTO council_closure_day (authority_id, day, reason, created_by) VALUES (:a, :d, :r, :by)
                ON CONFLICT DO NOTHING
                """).param("a", authorityId).param("d", day).param("r", reason).param("by", by).update();
        if (added == 1) {
            audit.record(AuditEntry.of(AuditAction.CREATE, "CLOSURE_DAY", day).because(reason));
            forgetAfterCommit(authorityId);
            changed(authorityId);
        }
        return added == 1;
    }

    /** Removes a closure day; answers false when there was none on that date. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public boolean removeClosureDay(long authorityId, LocalDate day) {
        int removed = jdbc.sql("DELETE FROM council_closure_day WHERE authority_id = :a AND day = :d")
                .param("a", authorityId).param("d", day).update();
        if (removed == 1) {
            audit.record(AuditEntry.of(AuditAction.DELETE, "CLOSURE_DAY", day));
            forgetAfterCommit(authorityId);
            changed(authorityId);
        }
        return removed == 1;
    }

    /** Tells the modules holding open work, in this transaction, with the calendar read afresh from it. */
    private void changed(long authorityId) {
        Set<LocalDate> days = new HashSet<>(jdbc.sql("SELECT day FROM council_closure_day WHERE authority_id = :a")
                .param("a", authorityId).query(LocalDate.class).list());
        events.publishEvent(new ClosureDaysChanged(authorityId, new WorkingDayCalendar(holidays(), days)));
    }

    /** Drops the cached closure days once the change is committed (not before: a reader could re-cache the old). */
    private void forgetAfterCommit(long authorityId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                closures.remove(authorityId);
            }
        });
    }

    private Set<LocalDate> closureDates(long authorityId) {
        Instant now = clock.instant();
        Cached cached = closures.get(authorityId);
        if (cached == null || cached.loadedAt.plus(CACHE_FOR).isBefore(now)) {
            Set<LocalDate> days = new HashSet<>(jdbc.sql("SELECT day FROM council_closure_day WHERE authority_id = :a")
                    .param("a", authorityId).query(LocalDate.class).list());
            cached = new Cached(Set.copyOf(days), now);
            closures.put(authorityId, cached);
        }
        return cached.days;
    }

    /** A day a council is closed, with why and who added it. */
    public record ClosureDay(LocalDate day, String reason, String createdBy) {
    }

    private record Cached(Set<LocalDate> days, Instant loadedAt) {
    }
}
