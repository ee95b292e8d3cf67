package cymru.gofal.simulator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated council's year of getting help, before it is written: contacts, referrals and their decisions,
 * assessments with eligibility and risk tools, carers' assessment offers and people turned aside. Rows refer to
 * each other by their index in these lists ("keys"); the writer turns keys into ids.
 */
final class ActivityBatch {

    record Contact(int key, long personId, String route, Instant receivedAt, LocalDate receivedOn, String method, String madeBy,
            String reason, String whatMatters, String outcome, String signpostedTo, long teamId, String recordedBy) {
    }

    record Referral(int key, int contactKey, long personId, String route, String source, String priority, boolean safeguarding,
            String reason, Instant receivedAt, LocalDate receivedOn, long teamId, LocalDate responseDue, LocalDate decisionDue,
            Integer previousKey, Instant decidedAt, LocalDate decidedOn, String decision, String decisionReason, String decidedBy,
            Long assessTeamId, String signpostedTo) {
    }

    /** {@code followsKey}: the assessment this one follows (a core assessment after an initial one); then no referral. */
    record Assessment(int key, Integer referralKey, Integer followsKey, long personId, String type, long teamId, Long staffId, Instant allocatedAt,
            String allocatedBy, LocalDate clockStart, LocalDate dueOn, LocalDate startedOn, LocalDate completedOn, String completedBy,
            Boolean childSeen, Boolean seenAlone, LocalDate seenOn, Instant signedOffAt, String signedOffBy, String summary) {
    }

    record Need(int assessmentKey, String domain, String cause, String canMeet, String outcome, boolean eligible, String reasoning) {
    }

    record Risk(int assessmentKey, String tool, int[] answers, int score, String level, LocalDate completedOn) {
    }

    record CarerOffer(int assessmentKey, long carerId, long caredForId, LocalDate offeredOn, String response,
            LocalDate respondedOn, String declineReason, Integer carerAssessmentKey) {
    }

    record TurnedAside(long personId, String origin, int originKey, String outcome, String reason, String signpostedTo,
            LocalDate on, LocalDate checkBackDue, LocalDate checkedBackOn, String note, Long teamId) {
    }

    final List<Contact> contacts = new ArrayList<>();
    final List<Referral> referrals = new ArrayList<>();
    final List<Assessment> assessments = new ArrayList<>();
    final List<Need> needs = new ArrayList<>();
    final List<Risk> risks = new ArrayList<>();
    final List<CarerOffer> carerOffers = new ArrayList<>();
    final List<TurnedAside> turnedAside = new ArrayList<>();
}
