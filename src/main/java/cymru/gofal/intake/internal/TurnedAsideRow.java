package cymru.gofal.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A person turned aside with the follow-up: the check-back, and whether they contacted again within the re-contact
 * window (rule RECONTACT_WINDOW): {@link #recontacted()} is YES, NO (the window has closed without one) or NOT_YET_KNOWN.
 */
public record TurnedAsideRow(long id, long personId, String origin, long originId, String outcome, String reason,
        String signpostedTo, LocalDate turnedAsideOn, LocalDate checkBackDue, LocalDate checkedBackOn, String checkBackNote,
        String checkedBackBy, Long teamId, int version, LocalDate recontactWindowEnd, boolean recontactedWithinWindow,
        boolean windowClosed) {

    /** Selects a turned_aside row t with its facts; bind {@code :today} (the day in Wales). */
    static final String SELECT = """
            SELECT t.id, t.person_id, t.origin, t.origin_id, t.outcome, t.reason, t.signposted_to, t.turned_aside_on,
                   t.check_back_due, t.checked_back_on, t.check_back_note, t.checked_back_by, t.team_id, t.version,
                   f.recontact_window_end, f.recontacted_within_window, f.recontact_window_end < :today AS window_closed
            FROM turned_aside t JOIN intake_facts_turned_aside f ON f.turned_aside_id = t.id""";

    public String recontacted() {
        return recontactedWithinWindow ? "YES" : windowClosed ? "NO" : "NOT_YET_KNOWN";
    }

    static TurnedAsideRow map(ResultSet rs, int row) throws SQLException {
        return new TurnedAsideRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("origin"), rs.getLong("origin_id"),
                rs.getString("outcome"), rs.getString("reason"), rs.getString("signposted_to"), Rows.date(rs, "turned_aside_on"),
                Rows.date(rs, "check_back_due"), Rows.date(rs, "checked_back_on"), rs.getString("check_back_note"),
                rs.getString("checked_back_by"), Rows.longOrNull(rs, "team_id"), rs.getInt("version"),
                Rows.date(rs, "recontact_window_end"), rs.getBoolean("recontacted_within_window"), rs.getBoolean("window_closed"));
    }
}
