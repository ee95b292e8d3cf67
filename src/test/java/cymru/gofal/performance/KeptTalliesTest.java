package cymru.gofal.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.performance.internal.Engine;
import cymru.gofal.performance.internal.Indicator;
import cymru.gofal.performance.internal.IndicatorCatalogue;
import cymru.gofal.performance.internal.Tally;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kept tallies (V24): a count is reused until a table behind its view changes for the council, and a count that saw
 * the reader's own uncommitted writes is never kept. To see whether a figure was reused or counted afresh, the tests
 * alter a kept tally by hand: a reused figure shows the alteration, a fresh count does not.
 */
@IntegrationTest
class KeptTalliesTest {

    static final LocalDate FROM = LocalDate.of(2021, 4, 1);
    static final LocalDate TO = LocalDate.of(2021, 6, 30);
    static final LocalDate IN = LocalDate.of(2021, 5, 10);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Engine engine;
    @Autowired
    IndicatorCatalogue catalogue;
    @Autowired
    TransactionTemplate tx;

    Tally scc006(PerformanceFixture f) {
        Indicator i = catalogue.find("SCC/006").orElseThrow();
        return engine.compute(f.council, List.of(i), FROM, TO, null).council(i.code(), YearMonth.from(FROM), YearMonth.from(TO));
    }

    void alterKeptTally(PerformanceFixture f) {
        jdbc.sql("UPDATE indicator_tally SET denominator = denominator + 100 WHERE authority_id = :a AND indicator_code = 'SCC/006'")
                .param("a", f.council).update();
    }

    @Test
    void aCountIsKeptAndReusedWhileNothingBehindItChanges() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        long t = f.team();
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), null);
        assertThat(scc006(f)).isEqualTo(new Tally(1, 1));
        alterKeptTally(f);
        assertThat(scc006(f)).as("reused, so the hand-made alteration shows").isEqualTo(new Tally(1, 101));
    }

    @Test
    void aCommittedRecordMakesTheKeptCountStaleSoTheNewValueShows() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        long t = f.team();
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), null);
        assertThat(scc006(f)).isEqualTo(new Tally(1, 1));
        alterKeptTally(f);
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(5), null);
        assertThat(scc006(f)).as("counted afresh").isEqualTo(new Tally(1, 2));
    }

    @Test
    void anotherCouncilsRecordLeavesTheKeptCountInUse() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        var other = new PerformanceFixture(jdbc, "WALES_2007");
        f.referral(f.team(), f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), null);
        assertThat(scc006(f)).isEqualTo(new Tally(1, 1));
        alterKeptTally(f);
        other.referral(other.team(), other.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), null);
        assertThat(scc006(f)).isEqualTo(new Tally(1, 101));
    }

    @Test
    void aCountThatSawTheReadersOwnUncommittedRecordIsNotKept() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        long t = f.team();
        f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), null);
        assertThat(scc006(f)).isEqualTo(new Tally(1, 1));
        tx.executeWithoutResult(status -> {
            f.referral(t, f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(5), null);
            assertThat(scc006(f)).as("the reader sees its own record").isEqualTo(new Tally(1, 2));
            status.setRollbackOnly();
        });
        assertThat(scc006(f)).as("rolled back: not kept, not counted").isEqualTo(new Tally(1, 1));
    }

    @Test
    void aRangeBeyondTheKeptMonthsIsCountedAfresh() {
        var f = new PerformanceFixture(jdbc, "WALES_2007");
        f.referral(f.team(), f.child(), "CHILDREN", IN, IN.plusDays(1), IN.plusDays(1), null);
        Indicator i = catalogue.find("SCC/006").orElseThrow();
        engine.compute(f.council, List.of(i), IN, IN, null);
        alterKeptTally(f);
        assertThat(scc006(f)).isEqualTo(new Tally(1, 1));
    }
}
