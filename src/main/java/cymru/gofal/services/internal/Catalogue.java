package cymru.gofal.services.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.security.CurrentUser;
import cymru.gofal.services.Offer;
import cymru.gofal.services.ServiceType;
import cymru.gofal.services.ServiceUnit;

/** Reads of the service catalogue for the signed-in user's council. */
@Component
public class Catalogue {

    private static final String OFFER = """
            SELECT s.id, s.provider_id, p.name, p.in_house, s.service_type, s.unit, s.unit_cost, s.capacity_units_per_week,
                   s.from_date, s.to_date
              FROM provider_service s JOIN provider p ON p.id = s.provider_id
            """;

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ServiceType> types() {
        return jdbc.sql("SELECT code, name_en, name_cy, service_area, default_unit FROM service_type ORDER BY ordinal")
                .query((rs, i) -> new ServiceType(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    public List<ServiceUnit> units() {
        return jdbc.sql("SELECT code, name_en, name_cy FROM service_unit ORDER BY ordinal")
                .query((rs, i) -> new ServiceUnit(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<Offer> offers(String serviceType, LocalDate day) {
        return jdbc.sql(OFFER + """
                 WHERE s.authority_id = :authority AND s.service_type = :type AND p.active
                   AND s.from_date <= :day AND (s.to_date IS NULL OR s.to_date >= :day)
                 ORDER BY s.unit_cost, p.name, s.id""")
                .param("authority", authorityId()).param("type", serviceType).param("day", day).query(Catalogue::map).list();
    }

    /** One of the council's offers from an active provider (running or not); empty otherwise. */
    public Optional<Offer> offer(long id) {
        return jdbc.sql(OFFER + " WHERE s.id = :id AND s.authority_id = :authority AND p.active").param("id", id)
                .param("authority", authorityId()).query(Catalogue::map).optional();
    }

    static long authorityId() {
        return CurrentUser.get().orElseThrow().authorityId();
    }

    static Offer map(ResultSet rs, int row) throws SQLException {
        return new Offer(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getString(6),
                rs.getBigDecimal(7), rs.getObject(8, BigDecimal.class), rs.getObject(9, LocalDate.class),
                rs.getObject(10, LocalDate.class));
    }
}
