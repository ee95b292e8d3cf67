package cymru.gofal.review.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A need-to-know grant ends 30 days after the on-site visit, and never more than 120 days after sampling. */
class GrantExpiryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aGrantEndsAtTheEndOfThe30thDayAfterTheOnsiteVisit() {
        // 31 March + 31 days = 1 May, midnight London (BST) = 23:00 UTC on 30 April
        assertThat(CaseSamples.grantExpiry(NOW, LocalDate.of(2026, 3, 31))).isEqualTo(Instant.parse("2026-04-30T23:00:00Z"));
    }

    @Test
    void aGrantNeverLastsMoreThan120Days() {
        assertThat(CaseSamples.grantExpiry(NOW, LocalDate.of(2027, 1, 1))).isEqualTo(Instant.parse("2026-06-29T10:00:00Z"));
        assertThat(CaseSamples.grantExpiry(NOW, null)).isEqualTo(Instant.parse("2026-06-29T10:00:00Z"));
    }

    @Test
    void aVisitOverMoreThan30DaysAgoGivesAGrantAlreadyEnded() {
        assertThat(CaseSamples.grantExpiry(NOW, LocalDate.of(2026, 1, 1))).isBefore(NOW);
    }
}
