/**
 * The England-and-Wales working-day calendar and the statutory timescale engine.
 *
 * <p>The rules are plain Java with no framework: {@link cymru.gofal.platform.calendar.EnglandAndWalesHolidays} computes bank
 * holidays from the rules and applies one-off {@link cymru.gofal.platform.calendar.SpecialDay}s loaded as data;
 * {@link cymru.gofal.platform.calendar.WorkingDayCalendar} adds a council's closure days and counts working days;
 * {@link cymru.gofal.platform.calendar.Timescales} turns a {@link cymru.gofal.platform.calendar.TimescaleRule}
 * (also data, per regime) into due dates and clock states. Supported years are 1978 to 2199. Other modules use
 * the Spring facades {@link cymru.gofal.platform.calendar.WorkingDays} and
 * {@link cymru.gofal.platform.calendar.TimescaleRules}, which load that data and each council's closure days.
 */
package cymru.gofal.platform.calendar;
