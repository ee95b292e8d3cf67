package cymru.gofal.performance;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The route and next contact kept on each person turned aside (V17, V25), under concurrent writers too. */
@IntegrationTest
class TurnedAsideKeepingTest {

    static final LocalDate ON = LocalDate.of(2021, 5, 10);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    long contact(PerformanceFixture f, long team, long person, String route, LocalDate on) {
        return jdbc.sql("""
                INSERT INTO contact (authority_id, person_id, party, method, received_at, received_on, reason, route, outcome, team_id, recorded_by)
                VALUES (:a, :p, 'SELF', 'PHONE', :on::timestamp AT TIME ZONE 'Europe/London', :on, 'Test', :route, 'INFORMATION_ADVICE', :t, 'test')
                RETURNING id""").param("a", f.council).param("p", person).param("on", on).param("route", route).param("t", team)
                .query(Long.class).single();
    }

    long turnAside(PerformanceFixture f, long team, long person, long contactId, LocalDate on) {
        return jdbc.sql("""
                INSERT INTO turned_aside (authority_id, person_id, origin, origin_id, outcome, reason, turned_aside_on, check_back_due,
                       recorded_by, team_id)
                VALUES (:a, :p, 'CONTACT', :c, 'INFORMATION_ADVICE', 'Test', :on, :on + 90, 'test', :t) RETURNING id""")
                .param("a", f.council).param("p", person).param("c", contactId).param("on", on).param("t", team).query(Long.class).single();
    }

    String column(long turnedAside, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM turned_aside WHERE id = :id").param("id", turnedAside)
                .query((org.springframework.jdbc.core.ResultSetExtractor<String>) rs -> rs.next() ? rs.getString(1) : null);
    }

    @Test
    void aPersonTurnedAsideTakesTheRouteIntakeChoseForTheirContactNotOneFromTheirAge() {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long team = f.team();
        long noBirthday = f.person(null);
        long id = turnAside(f, team, noBirthday, contact(f, team, noBirthday, "CHILDREN", ON), ON);
        assertThat(column(id, "route")).isEqualTo("CHILDREN");
    }

    @Test
    void aContactRecordedWhileThePersonIsBeingTurnedAsideElsewhereIsStillTheirNextContact() throws Exception {
        var f = new PerformanceFixture(jdbc, "WALES_2016");
        long team = f.team();
        long person = f.adult();
        long first = contact(f, team, person, "ADULTS", ON);
        CompletableFuture<Void> laterContact = new CompletableFuture<>();
        long[] id = new long[1];
        tx.executeWithoutResult(status -> {
            id[0] = turnAside(f, team, person, first, ON);
            // A second writer records the person's next contact while this turning aside is not yet committed.
            CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> contact(f, team, person, "ADULTS", ON.plusDays(20))))
                    .whenComplete((v, e) -> {
                        if (e != null) {
                            laterContact.completeExceptionally(e);
                        } else {
                            laterContact.complete(null);
                        }
                    });
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        laterContact.get(30, TimeUnit.SECONDS);
        assertThat(column(id[0], "next_contact_on")).isEqualTo(ON.plusDays(20).toString());
    }
}
