package cymru.gofal.performance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.security.CurrentUser;

/**
 * Indicator values for the signed-in user's council. Values are aggregate figures (no personal data), so every
 * signed-in role may read them, councillors included; the records behind them are {@link Records}' business.
 */
@Service
public class Indicators {

    private final IndicatorCatalogue catalogue;
    private final Engine engine;

    Indicators(IndicatorCatalogue catalogue, Engine engine) {
        this.catalogue = catalogue;
        this.engine = engine;
    }

    @PreAuthorize("isAuthenticated()")
    public List<Indicator> catalogue() {
        return catalogue.all();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Indicator> find(String code) {
        return catalogue.find(code);
    }

    /** The indicator's tally over the days {@code from} to {@code to} (inclusive), for one team or (null) the council. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Tally tally(Indicator indicator, LocalDate from, LocalDate to, Long teamId) {
        Grid grid = engine.compute(authorityId(), List.of(indicator), from, to, teamId);
        return grid.council(indicator.code(), YearMonth.from(from), YearMonth.from(to));
    }

    /** Every indicator by team and month over the days {@code from} to {@code to}, in one pass per reporting view. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Grid grid(List<Indicator> indicators, LocalDate from, LocalDate to) {
        return engine.compute(authorityId(), indicators, from, to, null);
    }

    static long authorityId() {
        return CurrentUser.get().orElseThrow().authorityId();
    }
}
