package cymru.gofal.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cymru.gofal.casework.CaseRef;
import cymru.gofal.people.People;
import cymru.gofal.platform.audit.AuditAction;
import cymru.gofal.platform.audit.AuditEntry;
import cymru.gofal.platform.audit.AuditLog;

/** Reads behind the {@link cymru.gofal.casework.Cases} facade: visible cases only, each read audited. */
@Component
public class CaseReads {

    private static final String SELECT = "SELECT c.id, c.person_id, c.service_area, c.team_id, c.staff_id, c.complexity, "
            + "c.opened_on, c.closed_on FROM care_case c";

    private final JdbcClient jdbc;
    private final People people;
    private final AuditLog audit;

    CaseReads(JdbcClient jdbc, People people, AuditLog audit) {
        this.jdbc = jdbc;
        this.people = people;
        this.audit = audit;
    }

    public Optional<CaseRef> find(long caseId) {
        var pv = people.visibility();
        Optional<CaseRef> found = jdbc.sql(SELECT + " WHERE c.id = :id AND c.authority_id = :authority AND " + pv.visible("c.person_id"))
                .params(pv.params()).param("id", caseId).query(CaseReads::map).optional();
        found.ifPresent(c -> audit.record(AuditEntry.of(AuditAction.READ, "care_case", caseId).aboutPerson(c.personId())));
        return found;
    }

    public List<CaseRef> ofPerson(long personId) {
        var pv = people.visibility();
        List<CaseRef> list = jdbc.sql(SELECT + " WHERE c.person_id = :person AND c.authority_id = :authority AND "
                + pv.visible("c.person_id") + " ORDER BY c.closed_on IS NOT NULL, c.opened_on DESC, c.id DESC")
                .params(pv.params()).param("person", personId).query(CaseReads::map).list();
        if (!list.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.READ, "care_case", null).aboutPerson(personId).because("cases of the person"));
        }
        return list;
    }

    static CaseRef map(ResultSet rs, int row) throws SQLException {
        return new CaseRef(rs.getLong("id"), rs.getLong("person_id"), rs.getString("service_area"), rs.getLong("team_id"),
                rs.getObject("staff_id", Long.class), rs.getString("complexity"), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class));
    }
}
