package cymru.gofal.performance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.platform.authority.Councils;
import cymru.gofal.platform.web.Dates;

/**
 * Demo mode: after the demo council is loaded (DemoCouncil, order 20) and before its self-assessment (order 30), sets
 * targets for its percentage indicators for the last complete financial year and the current one, so that a new user
 * sees statuses on the scorecard and the self-assessment has suggestions to show. Only when the council has no target
 * at all (a council's own targets are never touched). Each target is the council's own figure for that year rounded
 * to 5, moved 5 points the better or the worse way alternately down the catalogue: deterministic, and a mix of on and
 * off target, as real targets give. Demo data, not advice.
 */
@Component
@Order(25)
class DemoTargets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoTargets.class);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private final IndicatorCatalogue catalogue;
    private final Engine engine;
    private final Targets targets;
    private final Councils councils;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoTargets(IndicatorCatalogue catalogue, Engine engine, Targets targets, Councils councils, JdbcClient jdbc, TransactionTemplate tx,
            Clock clock, @Value("${gofal.demo.enabled:false}") boolean demo, @Value("${gofal.simulator.load-on-start:true}") boolean loadOnStart,
            @Value("${gofal.command:}") String command) {
        this.catalogue = catalogue;
        this.engine = engine;
        this.targets = targets;
        this.councils = councils;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.enabled = demo && loadOnStart && command.isBlank();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            int set = setOnce(councils.defaultId());
            if (set > 0) {
                log.info("Demo: {} indicator targets set for the council", set);
            }
        }
    }

    /** Sets the demo targets unless the council has any target; answers how many were set. */
    int setOnce(long authorityId) {
        Integer set = tx.execute(status -> {
            if (jdbc.sql("SELECT count(*) FROM indicator_target WHERE authority_id = :a").param("a", authorityId).query(Long.class).single() > 0) {
                return 0;
            }
            LocalDate today = Dates.today(clock);
            Period current = Period.yearOf(today);
            Period last = Period.yearOf(current.start().minusDays(1));
            List<Indicator> percents = catalogue.all().stream().filter(Indicator::percent).toList();
            int n = 0;
            for (Period year : List.of(last, current)) {
                Grid grid = engine.compute(authorityId, percents, year.start(), year.end(), null);
                for (int k = 0; k < percents.size(); k++) {
                    Indicator i = percents.get(k);
                    BigDecimal value = grid.council(i.code(), year.firstMonth(), year.lastMonth()).value(i);
                    if (value != null) {
                        targets.set(authorityId, new Targets.Key(i.code(), year.financialYear(), 0), target(i, value, k % 2 == 0), null, "simulator");
                        n++;
                    }
                }
            }
            return n;
        });
        return set == null ? 0 : set;
    }

    /** The value rounded to 5, moved 5 points the better way ({@code stretch}) or the worse way, kept within 0 to 100. */
    static BigDecimal target(Indicator i, BigDecimal value, boolean stretch) {
        BigDecimal rounded = value.divide(FIVE, 0, RoundingMode.HALF_UP).multiply(FIVE);
        boolean up = stretch == i.higherIsBetter();
        BigDecimal moved = up ? rounded.add(FIVE) : rounded.subtract(FIVE);
        return moved.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100));
    }
}
