package cymru.gofal.simulator;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.simulator.internal.CouncilLoader;
import cymru.gofal.simulator.internal.CouncilPlan;
import cymru.gofal.simulator.internal.CouncilProfiles;
import cymru.gofal.simulator.internal.LoadResult;
import cymru.gofal.simulator.internal.PopulationSpec;
import cymru.gofal.simulator.internal.WorkforceSpec;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Loading simulated councils into the database, each test into a council of its own. */
@IntegrationTest
class CouncilLoaderTest {

    @Autowired
    CouncilLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void writesPeopleFamiliesStaffAndRestrictedRecordsOnce() {
        long council = newCouncil();
        LoadResult first = loader.load(plan(council, 1500), made -> { });
        assertThat(first.outcome()).isEqualTo(LoadResult.Outcome.LOADED);
        assertThat(count("SELECT count(*) FROM person WHERE authority_id = ?", council)).isEqualTo(1500);
        assertThat(count("""
                SELECT count(*) FROM person p WHERE p.authority_id = ? AND p.date_of_birth > DATE '2008-04-01'
                AND NOT EXISTS (SELECT 1 FROM person_relationship r WHERE r.related_person_id = p.id AND r.kind = 'PARENT')""",
                council)).isZero();
        assertThat(count("SELECT count(DISTINCT kind) FROM person_relationship WHERE authority_id = ?", council)).isEqualTo(5);
        assertThat(count("""
                SELECT count(*) FROM person_address a JOIN person p ON p.id = a.person_id
                WHERE p.authority_id = ? AND a.to_date IS NULL""", council)).isEqualTo(1500);
        assertThat(count("SELECT count(*) FROM person WHERE authority_id = ? AND restricted", council)).isEqualTo(3);
        assertThat(count("""
                SELECT count(*) FROM person_access a JOIN person p ON p.id = a.person_id
                WHERE p.authority_id = ? AND (a.username = 'practitioner' OR a.team_id IN
                      (SELECT id FROM team WHERE authority_id = p.authority_id AND code = 'ADULT-INTAKE'))""", council)).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM staff WHERE authority_id = ? AND left_on IS NULL", council)).isEqualTo(40);
        assertThat(count("""
                SELECT count(*) FROM staff s WHERE s.authority_id = ? AND s.left_on IS NULL AND s.team_id <>
                  (SELECT team_id FROM staff_posting p WHERE p.staff_id = s.id AND p.to_date IS NULL)""", council)).isZero();
        List<String> teams = jdbc.sql("""
                SELECT t.code FROM staff s JOIN team t ON t.id = s.team_id
                WHERE s.authority_id = ? AND s.username IN ('practitioner', 'practitioner2') ORDER BY s.username""")
                .param(council).query(String.class).list();
        assertThat(teams).containsExactly("ADULT-INTAKE", "CHILD-INTAKE");
        assertThat(count("SELECT count(*) FROM audit_log WHERE record_type = 'SIMULATION' AND record_id = ?", String.valueOf(council)))
                .isEqualTo(1);

        LoadResult again = loader.load(plan(council, 1500), made -> { });
        assertThat(again.outcome()).isEqualTo(LoadResult.Outcome.ALREADY_LOADED);
        assertThat(count("SELECT count(*) FROM person WHERE authority_id = ?", council)).isEqualTo(1500);
    }

    @Test
    void twoNodesLoadingTogetherLoadOnce() {
        long council = newCouncil();
        var one = CompletableFuture.supplyAsync(() -> loader.load(plan(council, 800), made -> { }).outcome());
        var two = CompletableFuture.supplyAsync(() -> loader.load(plan(council, 800), made -> { }).outcome());
        assertThat(List.of(one.join(), two.join()))
                .containsExactlyInAnyOrder(LoadResult.Outcome.LOADED, LoadResult.Outcome.ALREADY_LOADED);
        assertThat(count("SELECT count(*) FROM person WHERE authority_id = ?", council)).isEqualTo(800);
    }

    @Test
    void aCouncilWithRealPeopleIsLeftAlone() {
        long council = newCouncil();
        jdbc.sql("""
                INSERT INTO person (authority_id, given_names, family_name, gender, search_key, created_by, updated_by)
                VALUES (?, 'Ffion', 'Evans', 'FEMALE', 'ffion evans', 'test', 'test')""").param(council).update();
        assertThat(loader.load(plan(council, 100), made -> { }).outcome()).isEqualTo(LoadResult.Outcome.HAS_OTHER_PEOPLE);
        assertThat(count("SELECT count(*) FROM person WHERE authority_id = ?", council)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM staff WHERE authority_id = ?", council)).isZero();
    }

    private CouncilPlan plan(long council, int people) {
        var profile = CouncilProfiles.byCode("MTCBC");
        return new CouncilPlan(council, "CUSTOM", new PopulationSpec(profile, 5, people, PopulationFixture.AS_OF, 3,
                List.of("practitioner"), List.of(ScalePlans.ACCESS_TEAM)),
                new WorkforceSpec(profile, 5, 40, PopulationFixture.AS_OF, ScalePlans.demoAccounts()));
    }

    private long newCouncil() {
        return jdbc.sql("""
                INSERT INTO authority (id, code, name_en, name_cy, regime)
                SELECT coalesce(max(id), 0) + 1000, 'SIMTEST-' || (coalesce(max(id), 0) + 1000), 'Simulated council',
                       'Cyngor efelychiedig', 'WALES_2016' FROM authority
                RETURNING id""").query(Long.class).single();
    }

    private long count(String sql, Object param) {
        return jdbc.sql(sql).param(param).query(Long.class).single();
    }
}
