package cymru.gofal.platform.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The seeded special days and calendars built on them, as the application will build them from the database. */
final class SpecialDaysFixture {

    private static final List<SpecialDay> SEEDED = SqlSeed.rows("calendar_special_day").stream()
            .map(row -> new SpecialDay(LocalDate.parse(row.get(0)), SpecialDay.Kind.valueOf(row.get(1)),
                    row.get(2), row.get(3)))
            .toList();

    private static final EnglandAndWalesHolidays HOLIDAYS = new EnglandAndWalesHolidays(SEEDED);

    private SpecialDaysFixture() {
    }

    /** The special days in calendar_special_day, read from the migration. */
    static List<SpecialDay> seeded() {
        return SEEDED;
    }

    /** Bank holidays with the seeded special days applied (shared: the class is thread-safe). */
    static EnglandAndWalesHolidays holidays() {
        return HOLIDAYS;
    }

    /** A council calendar with no closure days. */
    static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(HOLIDAYS, Set.of());
    }

    /** A council calendar with the given closure days. */
    static WorkingDayCalendar calendarClosedOn(LocalDate... closureDays) {
        return new WorkingDayCalendar(HOLIDAYS, Set.of(closureDays));
    }
}
