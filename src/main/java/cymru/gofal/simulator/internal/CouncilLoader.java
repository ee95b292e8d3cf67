package cymru.gofal.simulator.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;
import cymru.gofal.platform.calendar.TimescaleRules;
import cymru.gofal.platform.calendar.WorkingDays;

/**
 * Fills one council with generated staff and people in a single transaction, under an advisory lock on the
 * council, so that two app nodes starting together, or a command run beside the app, load it once: the second
 * waits, then finds the council's simulation_run row and writes nothing. A council that holds people the
 * simulator did not make is never touched.
 */
@Component
public class CouncilLoader {

    /** The advisory lock space of the simulator ('SIMU'); the second key is the council's id. */
    private static final int LOCK_SPACE = 0x53494D55;
    private static final int BATCH = 5_000;

    private final DataSource dataSource;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final WorkingDays workingDays;
    private final TimescaleRules rules;

    CouncilLoader(DataSource dataSource, PlatformTransactionManager transactionManager, AuditLog audit, WorkingDays workingDays,
            TimescaleRules rules) {
        this.rules = rules;
        this.workingDays = workingDays;
        this.dataSource = dataSource;
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
    }

    /** Whether the simulator has filled this council (a hint for planning; {@link #load} decides under its lock). */
    public boolean isLoaded(long authorityId) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return exists(connection, "SELECT 1 FROM simulation_run WHERE authority_id = ?", authorityId);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        }));
    }

    /** Loads the council unless it was loaded before; reports the people written so far after each batch. */
    public LoadResult load(CouncilPlan plan, LongConsumer peopleWritten) {
        return transactions.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                return load(connection, plan, peopleWritten);
            } catch (SQLException e) {
                throw new IllegalStateException("Simulating council " + plan.authorityId() + " failed: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
    }

    private LoadResult load(Connection connection, CouncilPlan plan, LongConsumer peopleWritten) throws SQLException {
        long authority = plan.authorityId();
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, LOCK_SPACE);
            lock.setInt(2, (int) authority);
            lock.execute();
        }
        if (exists(connection, "SELECT 1 FROM simulation_run WHERE authority_id = ?", authority)) {
            return LoadResult.nothing(LoadResult.Outcome.ALREADY_LOADED);
        }
        if (exists(connection, "SELECT 1 FROM person WHERE authority_id = ? LIMIT 1", authority)) {
            return LoadResult.nothing(LoadResult.Outcome.HAS_OTHER_PEOPLE);
        }
        try (var settings = connection.createStatement()) {
            // Bulk load: the trigram index's pending list is flushed in fewer, larger steps (this transaction only).
            settings.execute("SET LOCAL gin_pending_list_limit = '32MB'");
        }
        CouncilWriter writer = new CouncilWriter(connection, authority);
        WorkforceBatch workforce = new WorkforceGenerator(plan.workforce()).generate();
        writer.workforce(workforce);
        PopulationGenerator generator = new PopulationGenerator(plan.people());
        long names = 0, addresses = 0, identifiers = 0, relations = 0, restricted = 0;
        long people = 0;
        try (GeneratedBatches batches = new GeneratedBatches(generator, BATCH)) {
            for (PeopleBatch batch = batches.take(); batch != null; batch = batches.take()) {
                writer.people(batch);
                people += batch.people().size();
                names += batch.names().size();
                addresses += batch.addresses().size();
                identifiers += batch.identifiers().size();
                relations += batch.relations().size();
                restricted += batch.people().stream().filter(PeopleBatch.Person::restricted).count();
                peopleWritten.accept(people);
            }
        }
        // The year of getting help before the as-of day, on the council's own calendar and rules.
        ActivitySpec activitySpec = new ActivityInputs(connection, authority).spec(plan.people().seed(), plan.people().asOf(),
                workingDays.forCouncil(authority), rules::rules);
        ActivityBatch activity = new ActivityGenerator(activitySpec).generate();
        // The services the council offers, and the cases, plans and reviews that follow from that year: generated on
        // another thread while the year is written (it needs the year's keys, not its ids), written after it.
        CareSpec careSpec = new CareInputs(connection, authority).spec(activitySpec, plan.people().council().nameEn(), plan.people().people());
        CompletableFuture<CareBatch> generating = CompletableFuture.supplyAsync(() -> new CareGenerator(careSpec, activity).generate(),
                task -> {
                    Thread thread = new Thread(task, "simulator-care");
                    thread.setDaemon(true);
                    thread.start();
                });
        ActivityWriter.ActivityIds activityIds = new ActivityWriter(connection, authority).write(activity, activitySpec.regime());
        CareBatch care;
        try {
            care = generating.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        CaseWriter.CaseIds caseIds = new CaseWriter(connection, authority).write(care, activityIds);
        new PlanWriter(connection, authority).write(care, activityIds, caseIds, activitySpec.regime());
        try (PreparedStatement run = connection.prepareStatement("""
                INSERT INTO simulation_run (authority_id, scale, seed, as_of, people, staff, started_at, finished_at, created_by)
                VALUES (?, ?, ?, ?, ?, ?, now(), clock_timestamp(), ?)""")) {
            run.setLong(1, authority);
            run.setString(2, plan.scale());
            run.setLong(3, plan.people().seed());
            run.setObject(4, plan.people().asOf());
            run.setLong(5, people);
            run.setInt(6, workforce.staff().size());
            run.setString(7, CouncilWriter.BY);
            run.executeUpdate();
        }
        audit.record(AuditEntry.of(AuditAction.CREATE, "SIMULATION", authority).because("Simulated council, scale "
                + plan.scale() + ", seed " + plan.people().seed() + ": " + people + " people, "
                + workforce.staff().size() + " staff, " + activity.contacts.size() + " contacts, " + activity.referrals.size()
                + " referrals, " + activity.assessments.size() + " assessments, " + care.cases.size() + " cases, " + care.plans.size()
                + " plans, " + care.reviews.size() + " reviews"));
        return new LoadResult(LoadResult.Outcome.LOADED, people, names, addresses, identifiers, relations,
                restricted, workforce.teams().size(), workforce.staff().size(), activity.contacts.size(), activity.referrals.size(),
                activity.assessments.size(), care.cases.size(), care.plans.size(), care.reviews.size());
    }

    private static boolean exists(Connection connection, String sql, long authority) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, authority);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
