package cymru.gofal.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import cymru.gofal.people.PeopleFixture;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.work.WorkCount;
import cymru.gofal.platform.work.WorkItem;
import cymru.gofal.platform.work.WorkScope;
import cymru.gofal.platform.work.WorkSource;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestClock;
import cymru.gofal.support.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The work trays over the whole application (issue 4 point 7), fed by a test-only WorkSource that answers known
 * items, seen on Thursday 24 December 2026 (Christmas Day and Boxing Day's substitute, Monday 28, lie ahead).
 */
@IntegrationTest
class WorkTraysTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 24);

    /** The known work, for the test-only source; set by each test. */
    static volatile List<WorkItem> work = List.of();

    /** A WorkSource as the contract says, except that it does not filter by need-to-know: the tray must. */
    @TestConfiguration(proxyBeanMethods = false)
    static class KnownWork {
        @Bean
        WorkSource knownWork() {
            return new WorkSource() {
                @Override
                public List<WorkItem> open(WorkScope scope, int limit) {
                    return inScope(scope).stream().sorted(Comparator.comparing(WorkItem::dueOn).thenComparingLong(WorkItem::recordId))
                            .limit(limit).toList();
                }

                @Override
                public WorkCount count(WorkScope scope) {
                    List<WorkItem> in = inScope(scope);
                    return new WorkCount(in.size(), in.stream().filter(w -> w.dueOn().isBefore(scope.asOf())).count());
                }
            };
        }

        static List<WorkItem> inScope(WorkScope scope) {
            return work.stream().filter(w -> scope.staffId() != null ? scope.staffId().equals(w.staffId())
                    : scope.teamIds().contains(w.teamId()) && (!scope.unallocatedOnly() || w.staffId() == null)).toList();
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    TestConfig.Superuser superuser;

    final List<Long> createdStaff = new ArrayList<>();
    long practitioner;
    long team;
    long overdue;
    long dueToday;
    long afterChristmas;
    long later;
    long unallocated;
    long hidden;
    String family;

    @BeforeEach
    void knownWork() throws Exception {
        Instant noon = ZonedDateTime.of(TODAY, LocalTime.NOON, Dates.LONDON).toInstant();
        clock.advance(Duration.between(clock.instant(), noon));
        long newTeam = newTeam();
        practitioner = staff("practitioner", newTeam);
        staff("team.manager", newTeam);
        team = jdbc.sql("""
                SELECT min(p.team_id) FROM staff s JOIN staff_posting p ON p.staff_id = s.id
                 WHERE s.authority_id = 1 AND lower(s.username) = 'team.manager' AND p.from_date <= ? AND (p.to_date IS NULL OR p.to_date >= ?)
                """).params(TODAY, TODAY).query(Long.class).single();
        family = PeopleFixture.unique();
        overdue = person("Anwen");
        dueToday = person("Bethan");
        afterChristmas = person("Cerys");
        later = person("Dilys");
        unallocated = person("Elin");
        hidden = person("Ffion");
        restrictToQaOfficer(hidden);
        work = List.of(
                new WorkItem("casework.title", 4, "/test/4", later, team, practitioner, TODAY.minusDays(30), LocalDate.of(2027, 1, 8), "TEST"),
                new WorkItem("casework.title", 3, "/test/3", afterChristmas, team, practitioner, TODAY.minusDays(5), LocalDate.of(2026, 12, 29), "TEST"),
                new WorkItem("casework.title", 1, "/test/1", overdue, team, practitioner, TODAY.minusDays(20), LocalDate.of(2026, 12, 21), "TEST"),
                new WorkItem("casework.tray.team", 2, "/test/2", dueToday, team, practitioner, TODAY.minusDays(3), TODAY, "TEST"),
                new WorkItem("casework.title", 5, "/test/5", unallocated, team, null, TODAY.minusDays(1), LocalDate.of(2026, 12, 30), "TEST"),
                new WorkItem("casework.title", 6, "/test/6", hidden, team, practitioner, TODAY.minusDays(1), LocalDate.of(2026, 12, 22), "TEST"));
    }

    @AfterEach
    void reset() {
        clock.reset();
        work = List.of();
        for (long id : createdStaff) {
            jdbc.sql("DELETE FROM staff_posting WHERE staff_id = ?").param(id).update();
            jdbc.sql("DELETE FROM staff WHERE id = ?").param(id).update();
        }
    }

    @Test
    void aWorkerSeesTheirWorkEarliestDueFirstWithWorkingDaysLeftOnTheCalendar() throws Exception {
        mvc.perform(get("/api/work").param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value("mine"))
                .andExpect(jsonPath("$.asOf").value("2026-12-24"))
                .andExpect(jsonPath("$.staffId").value(practitioner))
                .andExpect(jsonPath("$.items.length()").value(4))
                .andExpect(jsonPath("$.items[*].personId").value(org.hamcrest.Matchers.contains(
                        (int) overdue, (int) dueToday, (int) afterChristmas, (int) later)))
                // Monday 21 to Thursday 24 December: 3 working days overdue.
                .andExpect(jsonPath("$.items[0].workingDaysLeft").value(-3))
                .andExpect(jsonPath("$.items[0].overdue").value(true))
                .andExpect(jsonPath("$.items[0].personName").value("Anwen " + family))
                .andExpect(jsonPath("$.items[0].kind").value("casework.title"))
                .andExpect(jsonPath("$.items[0].kindTitle").value("Work tray"))
                .andExpect(jsonPath("$.items[0].path").value("/test/1"))
                .andExpect(jsonPath("$.items[0].dueOn").value("2026-12-21"))
                .andExpect(jsonPath("$.items[0].ruleCode").value("TEST"))
                .andExpect(jsonPath("$.items[1].workingDaysLeft").value(0))
                .andExpect(jsonPath("$.items[1].overdue").value(false))
                // Friday 25 (Christmas) and Monday 28 (Boxing Day's substitute) are not working days.
                .andExpect(jsonPath("$.items[2].workingDaysLeft").value(1))
                // 29, 30, 31 December, then 4 to 8 January (1 January a bank holiday).
                .andExpect(jsonPath("$.items[3].workingDaysLeft").value(8))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.pages").value(1));
    }

    @Test
    void theTrayPageTagsOverdueAndDueSoonWorkAndNeverShowsARestrictedPerson() throws Exception {
        String page = mvc.perform(get("/work").param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Anwen " + family, "Bethan " + family, "Cerys " + family, "Dilys " + family)
                .contains("Overdue", "3 working days overdue", "Due today", "Due soon", "1 working day left", "8 working days left")
                .contains("21 December 2026", "href=\"/people/" + overdue + "\"", "href=\"/test/1\"")
                .doesNotContain("Ffion " + family).doesNotContain("/people/" + hidden + "\"").doesNotContain("id=\"view-team\"");
        mvc.perform(get("/api/work").with(DemoLogins.as("practitioner")))
                .andExpect(jsonPath("$.items[*].personId").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) hidden))));
        try {
            String welsh = mvc.perform(get("/work").param("lang", "cy").with(DemoLogins.as("practitioner")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(welsh).contains("Hwyr", "21 Rhagfyr 2026", "1 diwrnod gwaith ar ôl");
        } finally {
            // The choice of language is saved on the account: give it back in English.
            mvc.perform(get("/work").param("lang", "en").with(DemoLogins.as("practitioner")));
        }
    }

    @Test
    void aManagerSeesTheTeamsWorkWithWorkersAndItsUnallocatedWork() throws Exception {
        mvc.perform(get("/api/work").param("view", "team").with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.teamIds[0]").value(team))
                .andExpect(jsonPath("$.open").value(6))
                .andExpect(jsonPath("$.overdue").value(2))
                .andExpect(jsonPath("$.items.length()").value(6)) // the team manager restricted the record, so may see it
                .andExpect(jsonPath("$.items[1].personId").value(hidden))
                .andExpect(jsonPath("$.items[0].staffId").value(practitioner))
                .andExpect(jsonPath("$.items[0].staffName").value(jdbc.sql("SELECT given_names || ' ' || family_name FROM staff WHERE id = ?")
                        .param(practitioner).query(String.class).single()))
                .andExpect(jsonPath("$.items[4].personId").value(unallocated))
                .andExpect(jsonPath("$.items[4].staffId").doesNotExist());
        mvc.perform(get("/api/work").param("view", "unallocated").param("team", String.valueOf(team)).with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].personId").value(unallocated))
                .andExpect(jsonPath("$.open").value(1));
        String page = mvc.perform(get("/work").param("view", "unallocated").param("lang", "en").with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Elin " + family, "Unallocated", "id=\"team-choice\"").doesNotContain("Anwen " + family);
    }

    @Test
    void aPractitionerMayNotOpenATeamsTray() throws Exception {
        mvc.perform(get("/work").param("view", "team").with(DemoLogins.as("practitioner"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/work").param("view", "unallocated").with(DemoLogins.as("practitioner"))).andExpect(status().isForbidden());
        mvc.perform(get("/work").with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/work").with(DemoLogins.as("qa.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void badParametersAreAProblemNamingEachField() throws Exception {
        mvc.perform(get("/api/work").param("view", "everything").param("page", "0").with(DemoLogins.as("team.manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("view", "page")));
        mvc.perform(get("/api/work").param("view", "team").param("team", "999999999").with(DemoLogins.as("team.manager")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("team"));
        mvc.perform(get("/api/work").param("page", "99999999999999999999999").with(DemoLogins.as("practitioner")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/work").param("view", "<script>").with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/work").param("page", "2").with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
    }

    @Test
    void eachTrayShownIsOneAuditedRead() throws Exception {
        int before = trayReads("practitioner");
        mvc.perform(get("/work").with(DemoLogins.as("practitioner"))).andExpect(status().isOk());
        assertThat(trayReads("practitioner")).isEqualTo(before + 1);
    }

    @Test
    void someoneWhoIsNotStaffHoldsNoWork() throws Exception {
        Optional<Long> staff = jdbc.sql("SELECT id FROM staff WHERE authority_id = 1 AND lower(username) = 'senior.manager'")
                .query(Long.class).optional();
        org.junit.jupiter.api.Assumptions.assumeTrue(staff.isEmpty(), "senior.manager is staff in this database");
        String page = mvc.perform(get("/work").param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"not-staff\"", "you hold no work");
        mvc.perform(get("/api/work").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.staffId").doesNotExist()).andExpect(jsonPath("$.items.length()").value(0));
    }

    private int trayReads(String username) throws Exception {
        try (var c = superuser.connect(); var st = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE record_type = 'work_tray' AND action = 'READ' AND username = ?")) {
            st.setString(1, username);
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private long newTeam() {
        String code = "W" + PeopleFixture.unique().toUpperCase(Locale.ROOT).substring(0, 10);
        return jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (1, ?, 'Team ' || ?, 'Tîm ' || ?, 'ADULTS', 'ADULTS', 5, 'test', 'test') RETURNING id""")
                .params(code, code, code).query(Long.class).single();
    }

    /** The staff id of the demo user, recorded (and removed after the test) in the team when they are not staff yet. */
    private long staff(String username, long teamId) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM staff WHERE authority_id = 1 AND lower(username) = lower(?)")
                .param(username).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        String[] names = username.equals("practitioner") ? new String[] {"Rhian", "Davies"} : new String[] {"Gareth", "Morgan"};
        long id = jdbc.sql("""
                INSERT INTO staff (authority_id, username, given_names, family_name, role, team_id, hours_per_week, started_on, created_by, updated_by)
                VALUES (1, ?, ?, ?, 'SOCIAL_WORKER', ?, 37, DATE '2000-01-01', 'test', 'test') RETURNING id""")
                .params(username, names[0], names[1], teamId).query(Long.class).single();
        jdbc.sql("INSERT INTO staff_posting (authority_id, staff_id, team_id, from_date, hours_per_week, created_by) VALUES (1, ?, ?, DATE '2000-01-01', 37, 'test')")
                .params(id, teamId).update();
        createdStaff.add(id);
        return id;
    }

    private long person(String given) throws Exception {
        String body = mvc.perform(post("/api/people").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                .content(PeopleFixture.person(given, family, "1980-02-02"))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private void restrictToQaOfficer(long id) throws Exception {
        mvc.perform(put("/api/people/" + id + "/restriction").with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"restricted\":true,\"usernames\":[\"qa.officer\"]}"))
                .andExpect(status().isOk());
    }
}
