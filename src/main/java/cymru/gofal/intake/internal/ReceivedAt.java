package cymru.gofal.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import cymru.gofal.platform.calendar.EnglandAndWalesHolidays;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.web.FormError;

/** When a contact or referral was received, as typed on a page or sent to the API: a real instant, not in the future. */
final class ReceivedAt {

    /** A clock a little ahead of ours is not "the future": devices sending the API may be slightly fast. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final Clock clock;

    ReceivedAt(Clock clock) {
        this.clock = clock;
    }

    /** When, as typed on a page: a date (24/12/2026) and a 24-hour time (14:05) in Wales. */
    Instant fromPage(String date, String time, List<FormError> errors) {
        LocalDate day = FormDates.parse("receivedDate", date, true, "intake.error.receivedDate", EnglandAndWalesHolidays.FIRST_YEAR,
                EnglandAndWalesHolidays.LAST_YEAR, errors);
        LocalTime at = null;
        String t = time == null ? "" : time.strip();
        if (t.isEmpty()) {
            errors.add(new FormError("receivedTime", "intake.error.receivedTime.required"));
        } else if (t.matches("\\d{1,2}[:.]\\d{2}")) {
            String[] parts = t.split("[:.]");
            int h = Integer.parseInt(parts[0]);
            int m = Integer.parseInt(parts[1]);
            if (h < 24 && m < 60) {
                at = LocalTime.of(h, m);
            }
        }
        if (!t.isEmpty() && at == null) {
            errors.add(new FormError("receivedTime", "intake.error.receivedTime.invalid"));
        }
        if (day == null || at == null) {
            return null;
        }
        return notFuture("receivedDate", day.atTime(at).atZone(Dates.LONDON).toInstant(), errors);
    }

    /** When, as sent to the API: ISO 8601 with an offset (2026-12-24T10:15:00Z) or without one (time in Wales). */
    Instant fromApi(String iso, List<FormError> errors) {
        String v = iso == null ? "" : iso.strip();
        if (v.isEmpty()) {
            errors.add(new FormError("receivedAt", "intake.error.receivedAt.required"));
            return null;
        }
        Instant at;
        try {
            at = v.length() > 40 ? null : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                at = LocalDateTime.parse(v).atZone(Dates.LONDON).toInstant();
            } catch (DateTimeParseException e2) {
                at = null;
            }
        }
        if (at == null) {
            errors.add(new FormError("receivedAt", "intake.error.receivedAt.format"));
            return null;
        }
        int year = LocalDate.ofInstant(at, Dates.LONDON).getYear();
        if (year < EnglandAndWalesHolidays.FIRST_YEAR) {
            errors.add(new FormError("receivedAt", "intake.error.receivedAt.range", String.valueOf(EnglandAndWalesHolidays.FIRST_YEAR)));
            return null;
        }
        return notFuture("receivedAt", at, errors);
    }

    private Instant notFuture(String field, Instant at, List<FormError> errors) {
        if (at.isAfter(clock.instant().plus(SKEW))) {
            errors.add(new FormError(field, "intake.error.receivedAt.future"));
            return null;
        }
        return at;
    }
}
