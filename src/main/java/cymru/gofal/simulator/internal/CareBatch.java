package cymru.gofal.simulator.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated council's service catalogue, cases and plans before they are written. Rows refer to each other by
 * their index in these lists ("keys"), and to the year of getting help by its keys (referrals, assessments,
 * assessment needs); the writers turn keys into ids. Cases, plans, services, unmet needs and reviews change while
 * the year is played through, so they are mutable; everything else is a record.
 */
final class CareBatch {

    record Provider(String name, boolean inHouse) {
    }

    /** An offer of a provider: to = null while still offered. */
    record Offer(int key, int provider, String type, String unit, BigDecimal cost, BigDecimal capacity, LocalDate from, LocalDate to) {

        boolean runsOn(LocalDate day) {
            return !from.isAfter(day) && (to == null || !to.isBefore(day));
        }
    }

    static final class Case {
        int key;
        long personId;
        String area;
        long teamId;
        String complexity;
        LocalDate openedOn;
        Integer referralKey;
        Integer assessmentKey;
        List<String> needs = new ArrayList<>();
        LocalDate dateOfBirth;
        LocalDate transferOn;
        Long transferTo;
        Long staffId;
        LocalDate closedOn;
        String closureReason;
        String closureSummary;
    }

    record Allocation(int caseKey, long staffId, Long previousStaffId, List<String> misfits, String overrideReason, String reason,
            LocalDate on, Instant at) {
    }

    record Transfer(int caseKey, long fromTeam, long toTeam, Long fromStaff, LocalDate on, String handover, Instant at) {
    }

    record Note(int caseKey, String type, Instant occurredAt, String body, boolean significant, Integer supersedes, String reason,
            Instant recordedAt) {
    }

    static final class Plan {
        int key;
        int caseKey;
        long personId;
        Integer assessmentKey;
        String kind;
        Long caredForId;
        LocalDate createdOn;
        String status = "DRAFT";
        int versions;
        boolean changed;
        LocalDate firstAgreedOn;
        LocalDate reviewOn;
        LocalDate endedOn;
        String endReason;
        final List<Outcome> outcomes = new ArrayList<>();
        final List<Service> services = new ArrayList<>();
        final List<Support> support = new ArrayList<>();
        final List<Risk> risks = new ArrayList<>();
    }

    /** needKey: the assessment need (its key in the year's batch) the outcome meets, or null. */
    record Outcome(int key, Integer needKey, String text) {
    }

    static final class Service {
        int key;
        int outcomeKey;
        String type;
        Integer offerKey;
        String unit;
        BigDecimal units;
        BigDecimal cost;
        LocalDate startOn;
        LocalDate endOn;
        String status;

        Snapshot.Service snap() {
            return new Snapshot.Service(key, outcomeKey, type, offerKey, unit, units, cost, startOn, endOn, status);
        }
    }

    record Support(int outcomeKey, String source, String who, String what) {
    }

    record Risk(String risk, String level, String management) {
    }

    /** An agreed version, its content frozen as a {@link Snapshot}. */
    record Version(int planKey, int number, LocalDate agreedOn, boolean byPerson, boolean byCarer, String advocate, String note,
            BigDecimal weekly, BigDecimal annual, Snapshot content) {
    }

    static final class Unmet {
        int planKey;
        int serviceKey;
        String type;
        BigDecimal units;
        String reason;
        String note;
        LocalDate since;
        LocalDate resolvedOn;
        String resolution;
    }

    record DirectPayment(long personId, int planKey, LocalDate offeredOn, String decision, LocalDate decidedOn, String declineReason,
            List<String> barriers, BigDecimal weekly, String managedBy, LocalDate startOn, LocalDate reviewOn, LocalDate endedOn) {
    }

    static final class Review {
        int planKey;
        int sequence;
        String rule;
        LocalDate clockStart;
        LocalDate ruleDueOn;
        LocalDate dueOn;
        String status = "SCHEDULED";
        LocalDate heldOn;
        String working;
        String notWorking;
        String mattersNow;
        String attendees;
        String outcome;
    }

    final List<Provider> providers = new ArrayList<>();
    final List<Offer> offers = new ArrayList<>();
    final List<Case> cases = new ArrayList<>();
    final List<Allocation> allocations = new ArrayList<>();
    final List<Transfer> transfers = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();
    final List<Plan> plans = new ArrayList<>();
    final List<Version> versions = new ArrayList<>();
    final List<Unmet> unmet = new ArrayList<>();
    final List<DirectPayment> directPayments = new ArrayList<>();
    final List<Review> reviews = new ArrayList<>();
    int outcomes;
    int services;
}
