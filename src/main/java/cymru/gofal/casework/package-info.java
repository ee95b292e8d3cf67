/**
 * Casework: cases (episodes of involvement) opened from completed assessments or by a manager, allocated by skills (the
 * fit rules of {@link cymru.gofal.casework.CaseFit}, read from case_complexity and case_need_type rows), transferred with a
 * handover, closed with a reason and a summary ({@link cymru.gofal.casework.CaseClosed}); case notes corrected by new
 * versions, never in place; the chronology; caseload views; and the work trays, which gather open work from every
 * module's {@link cymru.gofal.platform.work.WorkSource}, ordered by the working days left on the council's calendar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Casework")
package cymru.gofal.casework;
