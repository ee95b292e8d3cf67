/**
 * Casework: cases, their allocation, transfer and closure, case notes and chronology, and the work trays of due
 * and overdue work. So far only the work trays: they gather open work from every module's
 * {@link cymru.gofal.platform.work.WorkSource}, ordered by the working days left on the council's calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package cymru.gofal.casework;
