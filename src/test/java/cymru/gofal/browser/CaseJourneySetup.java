package cymru.gofal.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.people.PeopleFixture;
import cymru.gofal.support.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the case journey needs before the browser: a new adults team whose staff are a registered, experienced social
 * worker with the skills the case will call for (the demo user {@code practitioner}), a social work assistant who fits
 * none of it, and the team manager (the demo user {@code team.manager}); a provider of domiciliary care; and a Welsh-speaking
 * adult whose assessment, fed through the API by another system, found an eligible need, so the casework module opens her
 * case, unallocated. Tests share one database: when the demo usernames are already on staff rows, they are lent to the
 * journey's rows and given back after it ({@link #giveBack}), so other tests find them as they were.
 */
final class CaseJourneySetup {

    private static final long COUNCIL = 1;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final JdbcClient jdbc;
    private final int port;
    private final String unique = PeopleFixture.unique();
    /** Staff rows that held a demo username before the journey, and the username to give back to each. */
    private final Map<Long, String> lent = new LinkedHashMap<>();
    private final List<Long> linked = new ArrayList<>();

    long team;
    long practitioner;
    String practitionerName;
    long assistant;
    String assistantName;
    String providerName;
    String personName;
    long person;

    CaseJourneySetup(JdbcClient jdbc, int port) {
        this.jdbc = jdbc;
        this.port = port;
    }

    /** The team and its three staff. */
    void team() {
        String code = "CJ-" + unique.toUpperCase(Locale.ROOT).substring(0, Math.min(12, unique.length()));
        team = jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (?, ?, 'Older people ' || ?, 'Pobl hŷn ' || ?, 'ADULTS', 'ADULTS', 4, 'test', 'test') RETURNING id""")
                .params(COUNCIL, code, code, code).query(Long.class).single();
        practitionerName = "Rhian Pryce-" + unique;
        practitioner = staff("practitioner", "Rhian", "Pryce-" + unique, "SOCIAL_WORKER", LocalDate.of(2012, 7, 1), "FLUENT",
                "DEMENTIA", "ADULT_SAFEGUARDING");
        assistantName = "Huw Bevan-" + unique;
        assistant = staff(null, "Huw", "Bevan-" + unique, "SOCIAL_WORK_ASSISTANT", null, "NONE");
        staff("team.manager", "Gareth", "Rowlands-" + unique, "TEAM_MANAGER", LocalDate.of(2005, 7, 1), "CONVERSATIONAL");
    }

    /** An external provider offering domiciliary care at the unit cost, through the services API as the administrator. */
    void provider(String unitCost) throws Exception {
        providerName = "Gofal Cartref Teifi " + unique;
        long id = id(send("admin", "POST", "/api/providers", null, "{\"name\":\"%s\",\"inHouse\":false}".formatted(providerName), 201));
        send("admin", "POST", "/api/providers/" + id + "/offers", "\"0\"", """
                {"serviceType":"DOMICILIARY_CARE","unitCost":%s,"capacityUnitsPerWeek":400,"fromDate":"2026-01-05"}""".formatted(unitCost), 201);
    }

    /**
     * A Welsh-speaking adult, and her adult assessment started, found eligible and completed through the API by the team
     * manager, who holds no cases: so the case it opens is left unallocated for the manager to allocate.
     */
    void assessedPerson(LocalDate today) throws Exception {
        personName = "Angharad Lewis-" + unique;
        person = id(send("team.manager", "POST", "/api/people", null, """
                {"givenNames":"Angharad","familyName":"Lewis-%s","dateOfBirth":"1938-04-17","gender":"FEMALE","preferredLanguage":"cy"}"""
                .formatted(unique), 201));
        long assessment = id(send("team.manager", "POST", "/api/assessments", null,
                "{\"personId\":%d,\"type\":\"ADULT_ASSESSMENT\",\"teamId\":%d,\"clockStart\":\"%s\"}".formatted(person, team, today.minusDays(12)), 201));
        send("team.manager", "POST", "/api/assessments/" + assessment + "/eligibility", null, """
                {"domain":"SELF_CARE","cause":"ILL_HEALTH","ability":"CANNOT","outcome":"ELIGIBLE","reasoning":"Cannot wash or dress safely; forgets meals since her dementia worsened"}""", 201);
        send("team.manager", "POST", "/api/assessments/" + assessment + "/completion", "\"1\"",
                "{\"completedOn\":\"%s\",\"summary\":\"Eligible for care and support with personal care and meals\"}".formatted(today.minusDays(5)), 200);
    }

    /** Takes the demo usernames off the journey's staff rows and gives them back to the rows that held them before. */
    void giveBack() {
        for (long id : linked) {
            jdbc.sql("UPDATE staff SET username = NULL WHERE id = ?").param(id).update();
        }
        linked.clear();
        lent.forEach((id, username) -> jdbc.sql("UPDATE staff SET username = ? WHERE id = ?").params(username, id).update());
        lent.clear();
    }

    private long staff(String username, String given, String family, String role, LocalDate qualifiedOn, String welsh, String... skills) {
        if (username != null) {
            jdbc.sql("SELECT id FROM staff WHERE authority_id = ? AND lower(username) = ?").params(COUNCIL, username).query(Long.class)
                    .optional().ifPresent(id -> {
                        lent.put(id, username);
                        jdbc.sql("UPDATE staff SET username = NULL WHERE id = ?").param(id).update();
                    });
        }
        boolean registered = qualifiedOn != null;
        long id = jdbc.sql("""
                INSERT INTO staff (authority_id, username, given_names, family_name, role, team_id, scw_registered, scw_registration_number,
                                   qualified_on, welsh_level, hours_per_week, caseload_capacity, started_on, created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 37, 20, DATE '2015-01-01', 'test', 'test') RETURNING id""")
                .params(COUNCIL, username, given, family, role, team, registered, registered ? "SW" + Math.abs(family.hashCode() % 1_000_000) : null,
                        qualifiedOn, welsh).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO staff_posting (authority_id, staff_id, team_id, from_date, hours_per_week, created_by)
                VALUES (?, ?, ?, DATE '2015-01-01', 37, 'test')""").params(COUNCIL, id, team).update();
        for (String skill : skills) {
            jdbc.sql("INSERT INTO staff_skill (staff_id, skill, created_by) VALUES (?, ?, 'test')").params(id, skill).update();
        }
        if (username != null) {
            linked.add(id);
        }
        return id;
    }

    private String send(String username, String method, String path, String ifMatch, String json, int expected) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + DemoLogins.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expected);
        return response.body();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
