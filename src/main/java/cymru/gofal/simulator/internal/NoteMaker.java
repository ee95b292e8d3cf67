package cymru.gofal.simulator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Case notes of different types while a case is open, some significant (the chronology), a few corrected: a new
 * note that supersedes the old one with the reason, recorded later; the old note is kept, as the casework module
 * never edits a note in place. Nothing is recorded on or after the as-of day.
 */
final class NoteMaker {

    private static final ZoneId WALES = ZoneId.of("Europe/London");
    private static final Weighted<String> TYPES = new Weighted<String>().add(0.30, "HOME_VISIT").add(0.08, "OFFICE_VISIT")
            .add(0.25, "PHONE_CALL").add(0.10, "EMAIL_LETTER").add(0.10, "MEETING").add(0.07, "MULTI_AGENCY")
            .add(0.05, "SUPERVISION_DECISION").add(0.03, "MANAGEMENT_DECISION").add(0.02, "OTHER");
    private static final List<String> CORRECTION_REASONS = List.of("Wrong date of the visit recorded.",
            "Recorded on the wrong person's case at first; details corrected.", "Name of the family member corrected.");

    private final CareSpec spec;
    private final CareBatch batch;

    NoteMaker(CareSpec spec, CareBatch batch) {
        this.spec = spec;
        this.batch = batch;
    }

    void notes(CareBatch.Case k) {
        SplittableRandom r = new SplittableRandom(spec.activity().seed() * 4_000_037L + k.key);
        LocalDate last = k.closedOn != null && k.closedOn.isBefore(spec.lastDay()) ? k.closedOn : spec.lastDay();
        long span = last.toEpochDay() - k.openedOn.toEpochDay();
        Instant limit = spec.activity().asOf().atStartOfDay(WALES).toInstant().minusSeconds(60);
        List<CareBatch.Note> made = new ArrayList<>();
        for (int i = 2 + r.nextInt(6); i > 0; i--) {
            LocalDate day = k.openedOn.plusDays(span <= 0 ? 0 : r.nextLong(span + 1));
            Instant at = day.atTime(8 + r.nextInt(10), r.nextInt(60)).atZone(WALES).toInstant();
            String type = TYPES.pick(r);
            boolean significant = type.endsWith("_DECISION") || type.equals("MULTI_AGENCY") ? r.nextDouble() < 0.6 : r.nextDouble() < 0.08;
            made.add(new CareBatch.Note(k.key, type, at, CareRates.pick(CareRates.NOTES, r), significant, null, null,
                    min(at.plusSeconds(600L + r.nextInt(36 * 3600)), limit)));
        }
        made.sort((a, b) -> a.occurredAt().compareTo(b.occurredAt()));
        for (CareBatch.Note n : made) {
            int index = batch.notes.size();
            batch.notes.add(n);
            if (r.nextDouble() < 0.04) {
                batch.notes.add(new CareBatch.Note(k.key, n.type(), n.occurredAt(), n.body() + " (Corrected.)", n.significant(), index,
                        CareRates.pick(CORRECTION_REASONS, r), min(n.recordedAt().plusSeconds(3600L + r.nextInt(72 * 3600)), limit)));
            }
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
