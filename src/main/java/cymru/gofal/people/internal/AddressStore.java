package cymru.gofal.people.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Addresses with history: adding a current address ends the previous one the day before the new one starts. */
@Component
public class AddressStore {

    private final JdbcClient jdbc;

    AddressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Address> of(long personId) {
        return jdbc.sql("""
                SELECT id, line1, line2, town, postcode, from_date, to_date FROM person_address WHERE person_id = :p
                ORDER BY to_date IS NOT NULL, from_date DESC, id DESC""").param("p", personId)
                .query((rs, i) -> new Address(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class))).list();
    }

    /** Adds {@code a} as the current address; false when it would start on or before the current one started. */
    public boolean moveTo(long personId, AddressInput a, String user) {
        LocalDate currentFrom = jdbc.sql("SELECT from_date FROM person_address WHERE person_id = :p AND to_date IS NULL FOR UPDATE")
                .param("p", personId).query(LocalDate.class).optional().orElse(null);
        if (currentFrom != null && !a.from().isAfter(currentFrom)) {
            return false;
        }
        jdbc.sql("UPDATE person_address SET to_date = :end WHERE person_id = :p AND to_date IS NULL")
                .param("p", personId).param("end", a.from().minusDays(1)).update();
        jdbc.sql("""
                INSERT INTO person_address (person_id, line1, line2, town, postcode, from_date, created_by)
                VALUES (:p, :l1, :l2, :town, :pc, :from, :u)""").param("p", personId).param("l1", a.line1()).param("l2", a.line2())
                .param("town", a.town()).param("pc", a.postcode()).param("from", a.from()).param("u", user).update();
        return true;
    }

    public record Address(long id, String line1, String line2, String town, String postcode, LocalDate from, LocalDate to) {

        public boolean current() {
            return to == null;
        }
    }

    public record AddressInput(String line1, String line2, String town, String postcode, LocalDate from) {
    }
}
