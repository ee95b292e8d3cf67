package cymru.gofal.planning.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cymru.gofal.people.People;

/**
 * Direct payments across the council for managers: how many offered, accepted, declined and awaiting a decision, the
 * weekly amount of those accepted and running, and the barriers recorded when declined. Need-to-know applies to counts.
 */
@Service
public class DirectPaymentReport {

    private final JdbcClient jdbc;
    private final People people;

    DirectPaymentReport(JdbcClient jdbc, People people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    public record Summary(int offered, int awaiting, int accepted, int declined, int running, BigDecimal runningWeekly) {
    }

    public record BarrierCount(String barrier, int declined) {
    }

    @PreAuthorize(PlanAccess.SUMMARY)
    @Transactional
    public Summary summary() {
        var pv = people.visibility();
        return jdbc.sql("""
                SELECT count(*), count(*) FILTER (WHERE d.decision = 'OFFERED'), count(*) FILTER (WHERE d.decision = 'ACCEPTED'),
                       count(*) FILTER (WHERE d.decision = 'DECLINED'),
                       count(*) FILTER (WHERE d.decision = 'ACCEPTED' AND d.ended_on IS NULL),
                       coalesce(sum(d.weekly_amount) FILTER (WHERE d.decision = 'ACCEPTED' AND d.ended_on IS NULL), 0)
                  FROM direct_payment d WHERE d.authority_id = :authority AND """ + " " + pv.visible("d.person_id"))
                .params(pv.params()).query((rs, i) -> new Summary(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getBigDecimal(6).setScale(2, java.math.RoundingMode.HALF_UP))).single();
    }

    @PreAuthorize(PlanAccess.SUMMARY)
    @Transactional
    public List<BarrierCount> barriers() {
        var pv = people.visibility();
        return jdbc.sql("""
                SELECT b.code, count(d.id)
                  FROM direct_payment_barrier b
                  LEFT JOIN direct_payment d ON b.code = ANY (d.barriers) AND d.authority_id = :authority AND """ + " "
                + pv.visible("d.person_id") + " GROUP BY b.code, b.ordinal ORDER BY b.ordinal")
                .params(pv.params()).query((rs, i) -> new BarrierCount(rs.getString(1), rs.getInt(2))).list();
    }
}
