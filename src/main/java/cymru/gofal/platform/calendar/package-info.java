/**
 * The England-and-Wales working-day calendar and the statutory timescale engine.
 *
 * <p>Plain Java with no framework: {@link cymru.gofal.platform.calendar.EnglandAndWalesHolidays} computes bank
 * holidays from the rules and applies one-off {@link cymru.gofal.platform.calendar.SpecialDay}s loaded as data;
 * {@link cymru.gofal.platform.calendar.WorkingDayCalendar} adds a council's closure days and counts working days;
 * {@link cymru.gofal.platform.calendar.Timescales} turns a {@link cymru.gofal.platform.calendar.TimescaleRule}
 * (also data, per regime) into due dates and clock states. Supported years are 1978 to 2199.
 */
package cymru.gofal.platform.calendar;
