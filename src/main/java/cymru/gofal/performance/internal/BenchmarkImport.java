package cymru.gofal.performance.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.platform.web.FormError;

/** Imports a benchmark CSV file for the signed-in user's council: all of it, or (with problems) nothing. */
@Service
public class BenchmarkImport {

    private final IndicatorCatalogue catalogue;
    private final Benchmarks benchmarks;
    private final java.time.Clock clock;

    BenchmarkImport(IndicatorCatalogue catalogue, Benchmarks benchmarks, java.time.Clock clock) {
        this.catalogue = catalogue;
        this.benchmarks = benchmarks;
        this.clock = clock;
    }

    /** The values stored (0 with problems added to {@code problems}: nothing was stored). */
    @PreAuthorize("hasAnyRole('SENIOR_MANAGER','ADMIN')")
    @Transactional
    public int importFile(Reader in, List<FormError> problems) throws IOException {
        Set<String> codes = catalogue.all().stream().map(Indicator::code).collect(Collectors.toSet());
        int lastYear = Period.yearOf(cymru.gofal.platform.web.Dates.today(clock)).financialYear() - 1;
        List<BenchmarkFile.Row> rows = BenchmarkFile.read(in, codes, lastYear, problems);
        if (!problems.isEmpty()) {
            return 0;
        }
        return benchmarks.store(CurrentUser.get().orElseThrow().authorityId(), rows, CurrentUser.username());
    }
}
