package cymru.gofal.simulator.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import cymru.gofal.platform.calendar.TimescaleRule;
import cymru.gofal.platform.calendar.Timescales;
import cymru.gofal.platform.calendar.WorkingDayCalendar;

/**
 * What the activity of one council is generated from: its people and staff as written, its regime's rules on its
 * calendar, and the codes of the reference lists the intake and assessment modules hold.
 *
 * @param rules             the regime's timescale rules by code
 * @param reReferralWindow  a referral within this time of the person's last one is a re-referral
 * @param workersByTeam     staff who can hold an assessment, by team id
 */
record ActivitySpec(long seed, LocalDate asOf, String regime, WorkingDayCalendar calendar, Map<String, TimescaleRule> rules,
        Period reReferralWindow, List<KnownPerson> people, Map<String, Long> teamIds, Map<Long, List<Worker>> workersByTeam,
        ActivityCodes codes) {

    static final String BY = CouncilWriter.BY;

    /** A person as written: id, dates, the people recorded as their carers, and whether Welsh is their preferred language. */
    record KnownPerson(long id, LocalDate dateOfBirth, LocalDate dateOfDeath, List<Long> carers, boolean welsh) {
    }

    /** A member of staff who can hold work: id, staff role code and sign-in username (null without one). */
    record Worker(long id, String role, String username) {
    }

    /**
     * The last day that has activity: the day before {@link #asOf()}. The council is simulated as it stands at the
     * start of the as-of day, so nothing received, decided, allocated or signed off lies in the future, whatever time
     * of that day it is loaded (a day's activity has times up to late evening).
     */
    LocalDate lastDay() {
        return asOf.minusDays(1);
    }

    boolean wales2016() {
        return "WALES_2016".equals(regime);
    }

    TimescaleRule rule(String code) {
        TimescaleRule rule = rules.get(code);
        if (rule == null) {
            throw new IllegalStateException("No timescale rule " + code + " in regime " + regime);
        }
        return rule;
    }

    /** The due date of {@code ruleCode}'s clock started on {@code start}, from the rule engine on the council's calendar. */
    LocalDate due(String ruleCode, LocalDate start) {
        return new Timescales(calendar).dueDate(rule(ruleCode), start);
    }

    int offset(String ruleCode) {
        return rule(ruleCode).offset();
    }

    long teamId(String code) {
        Long id = teamIds.get(code);
        if (id == null) {
            throw new IllegalStateException("The simulated council has no team " + code);
        }
        return id;
    }

    List<Worker> workers(long teamId) {
        return workersByTeam.getOrDefault(teamId, List.of());
    }
}
