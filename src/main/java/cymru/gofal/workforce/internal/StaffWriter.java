package cymru.gofal.workforce.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL that writes staff and their postings. Callers hold the transaction and do the checks. */
@Component
class StaffWriter {

    private final JdbcClient jdbc;

    StaffWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long authorityId, StaffDraft d, String user) {
        return jdbc.sql("""
                INSERT INTO staff (authority_id, username, given_names, family_name, role, team_id, scw_registered,
                                   scw_registration_number, qualified_on, welsh_level, hours_per_week, caseload_capacity,
                                   started_on, created_by, updated_by)
                VALUES (:authority, :username, :given, :family, :role, :team, :registered, :number, :qualified, :welsh,
                        :hours, :capacity, :started, :user, :user) RETURNING id
                """).param("authority", authorityId).param("username", d.username()).param("given", d.givenNames())
                .param("family", d.familyName()).param("role", d.role()).param("team", d.teamId())
                .param("registered", d.scwRegistered()).param("number", d.scwRegistrationNumber())
                .param("qualified", d.qualifiedOn()).param("welsh", d.welshLevel()).param("hours", d.hoursPerWeek())
                .param("capacity", d.caseloadCapacity()).param("started", d.startedOn()).param("user", user)
                .query(Long.class).single();
    }

    /** Updates the details (not the team) if the version is still {@code version}; answers whether it was. */
    boolean update(long authorityId, long id, int version, StaffDraft d, String user) {
        return jdbc.sql("""
                UPDATE staff SET username = :username, given_names = :given, family_name = :family, role = :role,
                       scw_registered = :registered, scw_registration_number = :number, qualified_on = :qualified,
                       welsh_level = :welsh, hours_per_week = :hours, caseload_capacity = :capacity, started_on = :started,
                       version = version + 1, updated_at = now(), updated_by = :user
                 WHERE id = :id AND authority_id = :authority AND version = :version
                """).param("username", d.username()).param("given", d.givenNames()).param("family", d.familyName())
                .param("role", d.role()).param("registered", d.scwRegistered()).param("number", d.scwRegistrationNumber())
                .param("qualified", d.qualifiedOn()).param("welsh", d.welshLevel()).param("hours", d.hoursPerWeek())
                .param("capacity", d.caseloadCapacity()).param("started", d.startedOn()).param("user", user)
                .param("id", id).param("authority", authorityId).param("version", version).update() == 1;
    }

    boolean leave(long authorityId, long id, int version, LocalDate leftOn, String reason, String user) {
        return jdbc.sql("""
                UPDATE staff SET left_on = :left, leaving_reason = :reason, version = version + 1, updated_at = now(),
                       updated_by = :user
                 WHERE id = :id AND authority_id = :authority AND version = :version AND left_on IS NULL
                """).param("left", leftOn).param("reason", reason).param("user", user).param("id", id)
                .param("authority", authorityId).param("version", version).update() == 1;
    }

    boolean changeTeam(long authorityId, long id, int version, long teamId, String user) {
        return jdbc.sql("""
                UPDATE staff SET team_id = :team, version = version + 1, updated_at = now(), updated_by = :user
                 WHERE id = :id AND authority_id = :authority AND version = :version
                """).param("team", teamId).param("user", user).param("id", id).param("authority", authorityId)
                .param("version", version).update() == 1;
    }

    void replaceSkills(long staffId, List<String> skills, String user) {
        jdbc.sql("DELETE FROM staff_skill WHERE staff_id = :id").param("id", staffId).update();
        for (String skill : skills) {
            jdbc.sql("INSERT INTO staff_skill (staff_id, skill, created_by) VALUES (:id, :skill, :user)")
                    .param("id", staffId).param("skill", skill).param("user", user).update();
        }
    }

    void replaceQualifications(long staffId, List<HeldQualification> held, String user) {
        jdbc.sql("DELETE FROM staff_qualification WHERE staff_id = :id").param("id", staffId).update();
        for (HeldQualification q : held) {
            jdbc.sql("""
                    INSERT INTO staff_qualification (staff_id, qualification, awarded_on, created_by)
                    VALUES (:id, :code, :awarded, :user)
                    """).param("id", staffId).param("code", q.code()).param("awarded", q.awardedOn()).param("user", user)
                    .update();
        }
    }

    /** The open posting (to_date NULL), if the member of staff has one. */
    Optional<OpenPosting> openPosting(long staffId) {
        return jdbc.sql("SELECT id, team_id, from_date, hours_per_week FROM staff_posting WHERE staff_id = :id AND to_date IS NULL")
                .param("id", staffId).query(OpenPosting.class).optional();
    }

    void openPosting(long authorityId, long staffId, long teamId, LocalDate from, BigDecimal hours, String user) {
        jdbc.sql("""
                INSERT INTO staff_posting (authority_id, staff_id, team_id, from_date, hours_per_week, created_by)
                VALUES (:authority, :staff, :team, :from, :hours, :user)
                """).param("authority", authorityId).param("staff", staffId).param("team", teamId).param("from", from)
                .param("hours", hours).param("user", user).update();
    }

    void closePosting(long postingId, LocalDate to) {
        jdbc.sql("UPDATE staff_posting SET to_date = :to WHERE id = :id").param("to", to).param("id", postingId).update();
    }

    void changePosting(long postingId, Long teamId, BigDecimal hours) {
        jdbc.sql("""
                UPDATE staff_posting SET team_id = COALESCE(:team, team_id), hours_per_week = COALESCE(:hours, hours_per_week)
                 WHERE id = :id
                """).param("team", teamId).param("hours", hours).param("id", postingId).update();
    }

    /** The first posting's end (null while open), to know how far the start date may move. */
    Optional<FirstPosting> firstPosting(long staffId) {
        return jdbc.sql("SELECT id, from_date, to_date FROM staff_posting WHERE staff_id = :id ORDER BY from_date, id LIMIT 1")
                .param("id", staffId).query(FirstPosting.class).optional();
    }

    void startPostingOn(long postingId, LocalDate from) {
        jdbc.sql("UPDATE staff_posting SET from_date = :from WHERE id = :id").param("from", from).param("id", postingId).update();
    }

    record OpenPosting(long id, long teamId, LocalDate fromDate, BigDecimal hoursPerWeek) {
    }

    record FirstPosting(long id, LocalDate fromDate, LocalDate toDate) {
    }
}
