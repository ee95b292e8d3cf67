package cymru.gofal.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A one-off change to the rule-computed England-and-Wales bank holidays, made by royal proclamation under the
 * Banking and Financial Dealings Act 1971 s1(2)-(3): an extra holiday ({@link Kind#ADDED}), or a holiday the
 * rules give that was moved elsewhere that year ({@link Kind#REMOVED}; the day it moved to is a separate ADDED
 * entry). These are data, loaded from the {@code calendar_special_day} table, so that a new proclamation needs
 * no code change.
 *
 * @param date   the day affected
 * @param kind   whether the day becomes, or stops being, a bank holiday
 * @param nameEn the English name; for REMOVED, a description of what was removed
 * @param nameCy the Welsh name
 */
public record SpecialDay(LocalDate date, Kind kind, String nameEn, String nameCy) {

    /** Whether a special day adds a holiday or removes a rule-computed one. */
    public enum Kind { ADDED, REMOVED }

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        nameEn = requireText(nameEn, "nameEn", date);
        nameCy = requireText(nameCy, "nameCy", date);
    }

    private static String requireText(String value, String field, LocalDate date) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Special day " + date + " has no " + field);
        }
        return value.strip();
    }
}
