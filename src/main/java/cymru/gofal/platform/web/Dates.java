package cymru.gofal.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as people read them: times in Europe/London, dates in GOV.UK style ("27 November 2026",
 * "27 Tachwedd 2026"). Templates call it as {@code ${@dates.date(d)}}.
 */
@Component("dates")
public class Dates {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d/M/uuuu HH:mm:ss").withZone(LONDON);

    /** Today in Wales, the day statutory dates count from (the clock itself runs in UTC). */
    public static LocalDate today(java.time.Clock clock) {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM uuuu", LocaleContextHolder.getLocale()).format(date);
    }

    public String dayOfWeek(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE", LocaleContextHolder.getLocale()).format(date);
    }
}
