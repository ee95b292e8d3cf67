package cymru.gofal.services.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.platform.web.StaleVersionException;
import cymru.gofal.services.Offer;

/**
 * SQL over provider and provider_service for one council. A change to a provider or its offers first claims the
 * provider's version ({@link #claim}), so two people changing the same provider cannot both succeed.
 */
@Component
class ProviderStore {

    private static final String OFFER = """
            SELECT s.id, s.provider_id, p.name, p.in_house, s.service_type, s.unit, s.unit_cost, s.capacity_units_per_week,
                   s.from_date, s.to_date
              FROM provider_service s JOIN provider p ON p.id = s.provider_id""";

    private final JdbcClient jdbc;

    ProviderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Provider> all(long authorityId) {
        List<Offer> offers = jdbc.sql(OFFER + " WHERE s.authority_id = :a ORDER BY s.from_date DESC, s.id DESC").param("a", authorityId)
                .query(Catalogue::map).list();
        return jdbc.sql("SELECT id, name, in_house, active, version FROM provider WHERE authority_id = :a ORDER BY lower(name), id")
                .param("a", authorityId).query((rs, i) -> {
                    long id = rs.getLong(1);
                    return new Provider(id, rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5),
                            offers.stream().filter(o -> o.providerId() == id).toList());
                }).list();
    }

    Optional<Provider> find(long authorityId, long id) {
        List<Offer> offers = jdbc.sql(OFFER + " WHERE s.authority_id = :a AND s.provider_id = :id ORDER BY s.from_date DESC, s.id DESC")
                .param("a", authorityId).param("id", id).query(Catalogue::map).list();
        return jdbc.sql("SELECT id, name, in_house, active, version FROM provider WHERE authority_id = :a AND id = :id")
                .param("a", authorityId).param("id", id)
                .query((rs, i) -> new Provider(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getInt(5), offers))
                .optional();
    }

    boolean nameTaken(long authorityId, String name, Long except) {
        return jdbc.sql("SELECT count(*) FROM provider WHERE authority_id = :a AND lower(name) = lower(:n) AND id <> :except")
                .param("a", authorityId).param("n", name).param("except", except == null ? -1L : except).query(Integer.class).single() > 0;
    }

    long insert(long authorityId, String name, boolean inHouse, String by) {
        return jdbc.sql("""
                INSERT INTO provider (authority_id, name, in_house, created_by, updated_by) VALUES (:a, :n, :h, :by, :by) RETURNING id""")
                .param("a", authorityId).param("n", name).param("h", inHouse).param("by", by).query(Long.class).single();
    }

    /**
     * Bumps the provider's version from {@code version}, setting name and active when given.
     *
     * @throws StaleVersionException when someone changed the provider or its offers since
     */
    void claim(long authorityId, long id, int version, String name, Boolean active, String by) {
        int updated = jdbc.sql("""
                UPDATE provider SET version = version + 1, updated_at = now(), updated_by = :by, name = coalesce(:n, name),
                       active = coalesce(:active, active)
                 WHERE authority_id = :a AND id = :id AND version = :v""").param("by", by).param("n", name).param("active", active)
                .param("a", authorityId).param("id", id).param("v", version).update();
        if (updated != 1) {
            throw new StaleVersionException("Provider " + id + " is no longer at version " + version);
        }
    }

    long insertOffer(long authorityId, long providerId, String type, String unit, BigDecimal cost, BigDecimal capacity, LocalDate from,
            LocalDate to, String by) {
        return jdbc.sql("""
                INSERT INTO provider_service (authority_id, provider_id, service_type, unit, unit_cost, capacity_units_per_week,
                    from_date, to_date, created_by, updated_by)
                VALUES (:a, :p, :type, :unit, :cost, :capacity, :from, :to, :by, :by) RETURNING id""")
                .param("a", authorityId).param("p", providerId).param("type", type).param("unit", unit).param("cost", cost)
                .param("capacity", capacity).param("from", from).param("to", to).param("by", by).query(Long.class).single();
    }

    void endOffer(long offerId, LocalDate to, String by) {
        jdbc.sql("UPDATE provider_service SET to_date = :to, version = version + 1, updated_at = now(), updated_by = :by WHERE id = :id")
                .param("to", to).param("by", by).param("id", offerId).update();
    }

    void setCapacity(long offerId, BigDecimal capacity, String by) {
        jdbc.sql("""
                UPDATE provider_service SET capacity_units_per_week = :c, version = version + 1, updated_at = now(), updated_by = :by
                 WHERE id = :id""").param("c", capacity).param("by", by).param("id", offerId).update();
    }
}
