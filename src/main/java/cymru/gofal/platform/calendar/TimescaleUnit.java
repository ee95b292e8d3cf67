package cymru.gofal.platform.calendar;

/**
 * The unit a statutory timescale counts in. Limits given in hours (24h, 48h) are held as {@link #CALENDAR_DAYS}
 * (1, 2), since the system records dates, not times, for these clocks; the rule's source says so.
 */
public enum TimescaleUnit {
    /** Monday to Friday, excluding bank holidays and the council's closure days. */
    WORKING_DAYS,
    CALENDAR_DAYS,
    WEEKS,
    /** Calendar months; a day missing from the target month clamps to its last day (31 Jan + 1 = 28/29 Feb). */
    MONTHS
}
