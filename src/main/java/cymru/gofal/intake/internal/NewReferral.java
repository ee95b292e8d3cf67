package cymru.gofal.intake.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A checked referral, ready to record; {@code receivedOn} is the day of {@code receivedAt} in Wales (day 0). */
public record NewReferral(long authorityId, long personId, String source, String sourceDetail, String route, Priority priority,
        boolean safeguarding, String reason, Instant receivedAt, LocalDate receivedOn, long screeningTeamId) {
}
