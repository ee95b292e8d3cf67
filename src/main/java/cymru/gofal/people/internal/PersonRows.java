package cymru.gofal.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reading person rows: the columns {@link #COLUMNS} selects, from a person aliased {@code p}. */
final class PersonRows {

    static final String COLUMNS = """
            p.id, p.authority_id, p.given_names, p.family_name, p.preferred_name, p.date_of_birth, p.date_of_birth_estimated,
            p.gender, p.ethnicity, p.disability, p.preferred_language, p.active_offer_made, p.nhs_number,
            p.unique_pupil_number, p.date_of_death, p.restricted, p.merged_into, p.version, p.created_at, p.created_by,
            p.updated_at, p.updated_by""";

    private PersonRows() {
    }

    static PersonRecord map(ResultSet rs, int row) throws SQLException {
        PersonDetails d = new PersonDetails(rs.getString("given_names"), rs.getString("family_name"), rs.getString("preferred_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getBoolean("date_of_birth_estimated"), rs.getString("gender"),
                rs.getString("ethnicity"), rs.getString("disability"), rs.getString("preferred_language"), rs.getBoolean("active_offer_made"),
                rs.getString("nhs_number"), rs.getString("unique_pupil_number"), rs.getObject("date_of_death", LocalDate.class));
        Long merged = rs.getObject("merged_into", Long.class);
        return new PersonRecord(rs.getLong("id"), rs.getLong("authority_id"), d, rs.getBoolean("restricted"), merged, rs.getInt("version"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
