package cymru.gofal.intake.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.people.PersonVisibility;

/** SQL over {@code contact}. Callers check need-to-know; every query is of one council. */
@Component
class ContactStore {

    private final JdbcClient jdbc;

    ContactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewContact c, String recordedBy) {
        return jdbc.sql("""
                INSERT INTO contact (authority_id, person_id, party, party_name, party_organisation, party_phone, method, received_at,
                    received_on, reason, route, what_matters, outcome, outcome_reason, signposted_to, team_id, recorded_by)
                VALUES (:council, :person, :party, :name, :org, :phone, :method, :at, :on, :reason, :route, :whatMatters, :outcome,
                    :outcomeReason, :signposted, :team, :by) RETURNING id""")
                .param("council", c.authorityId()).param("person", c.personId()).param("party", c.party()).param("name", c.partyName())
                .param("org", c.partyOrganisation()).param("phone", c.partyPhone()).param("method", c.method())
                .param("at", Rows.timestamp(c.receivedAt())).param("on", c.receivedOn()).param("reason", c.reason())
                .param("route", c.route()).param("whatMatters", c.whatMatters()).param("outcome", c.outcome())
                .param("outcomeReason", c.outcomeReason()).param("signposted", c.signpostedTo()).param("team", c.teamId())
                .param("by", recordedBy).query(Long.class).single();
    }

    Optional<ContactRow> find(long council, long id) {
        return jdbc.sql(ContactRow.SELECT + " WHERE c.authority_id = :council AND c.id = :id")
                .param("council", council).param("id", id).query(ContactRow::map).optional();
    }

    List<ContactRow> ofPerson(long council, long personId) {
        return jdbc.sql(ContactRow.SELECT + " WHERE c.authority_id = :council AND c.person_id = :person ORDER BY c.received_at DESC, c.id DESC")
                .param("council", council).param("person", personId).query(ContactRow::map).list();
    }

    /** The latest contacts recorded by these teams about people the user may see. */
    List<ContactRow> recentOfTeams(long council, List<Long> teams, PersonVisibility pv, int limit) {
        String array = teams.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
        return jdbc.sql(ContactRow.SELECT + " WHERE c.authority_id = :council AND c.team_id = ANY(CAST(:teams AS bigint[])) AND "
                        + pv.visible("c.person_id") + " ORDER BY c.received_at DESC, c.id DESC LIMIT :limit")
                .params(pv.params()).param("council", council).param("teams", array).param("limit", limit)
                .query(ContactRow::map).list();
    }
}
