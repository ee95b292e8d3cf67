package cymru.gofal.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One England-and-Wales bank holiday: the day on which it is taken (a substitute day carries its own date), with
 * its English and Welsh names.
 */
public record Holiday(LocalDate date, String nameEn, String nameCy) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameCy, "nameCy");
    }
}
