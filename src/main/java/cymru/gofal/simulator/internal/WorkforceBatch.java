package cymru.gofal.simulator.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A council's generated teams and staff as plain values. Teams are known by code and staff by index (0, 1, 2...);
 * the writer turns both into database ids. Follows the contract of V4__workforce.sql: staff.team is the team of
 * the open posting (or of the last one for a leaver), and a leaver's last posting ends on the day they left.
 */
public final class WorkforceBatch {

    public record Team(String code, String nameEn, String nameCy, String kind, String serviceArea, BigDecimal establishedFte) {
    }

    public record Staff(int index, String username, String givenNames, String familyName, String role, String team,
            String scwNumber, LocalDate qualifiedOn, String welshLevel, BigDecimal hours, int caseloadCapacity,
            LocalDate startedOn, LocalDate leftOn, String leavingReason) {
    }

    public record Posting(int staff, String team, LocalDate from, LocalDate to, BigDecimal hours) {
    }

    public record Skill(int staff, String skill) {
    }

    public record Qualification(int staff, String qualification, LocalDate awardedOn) {
    }

    final List<Team> teams = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();
    final List<Posting> postings = new ArrayList<>();
    final List<Skill> skills = new ArrayList<>();
    final List<Qualification> qualifications = new ArrayList<>();

    public List<Team> teams() {
        return teams;
    }

    public List<Staff> staff() {
        return staff;
    }

    public List<Posting> postings() {
        return postings;
    }

    public List<Skill> skills() {
        return skills;
    }

    public List<Qualification> qualifications() {
        return qualifications;
    }
}
