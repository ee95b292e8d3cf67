package cymru.gofal.intake;

import java.time.LocalDate;

/**
 * A person turned aside: their contact, referral or assessment ended without care and support from the council.
 *
 * @param origin       CONTACT, REFERRAL or ASSESSMENT
 * @param originId     the id of that contact, referral or assessment (one turning aside per origin)
 * @param outcome      code of reference list turned_aside_outcome (INFORMATION_ADVICE, SIGNPOSTED, NOT_ELIGIBLE,
 *                     NEEDS_MET_OTHERWISE, NO_FURTHER_ACTION)
 * @param reason       why, in the worker's words (required)
 * @param signpostedTo code of reference list community_service, or null
 * @param on           the day it happened, in Wales: day 0 of the check-back clock
 */
public record TurnedAside(long authorityId, long personId, String origin, long originId, String outcome, String reason,
        String signpostedTo, LocalDate on) {
}
