package cymru.gofal.platform.work;

import java.time.LocalDate;

/**
 * One piece of open work with a statutory or council due date.
 *
 * @param kindKey   message key naming the kind of work (e.g. {@code intake.work.referralDecision})
 * @param recordId  the id of the record the work is on, in its module
 * @param path      the page where the work is done (e.g. {@code /intake/referrals/12})
 * @param personId  the person the work is about
 * @param teamId    the team that holds it
 * @param staffId   the member of staff it is allocated to; null when unallocated
 * @param startedOn the day its clock started (day 0)
 * @param dueOn     the last day it is in time, from the rule engine on the council's calendar
 * @param ruleCode  the timescale rule its due date comes from
 */
public record WorkItem(String kindKey, long recordId, String path, long personId, Long teamId, Long staffId,
        LocalDate startedOn, LocalDate dueOn, String ruleCode) {
}
