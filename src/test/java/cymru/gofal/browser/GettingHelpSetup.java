package cymru.gofal.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.jayway.jsonpath.JsonPath;
import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.people.PeopleFixture;
import cymru.gofal.support.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the getting-help journey needs before and beside the browser. Tests do not load the demo council, so the
 * duty worker ({@code practitioner}) and the team manager may not be staff of any team: they are made staff of a new
 * adults intake team for the journey and unlinked from those staff rows after it (the rows stay, as the work
 * allocated to them does), so that other tests find them as they were. Also the API calls of another system feeding
 * Gofal (HTTP Basic, no session).
 */
final class GettingHelpSetup {

    private static final long COUNCIL = 1;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final JdbcClient jdbc;
    private final int port;
    private final List<Long> linked = new ArrayList<>();

    long team;
    long practitionerStaff;
    String practitionerName;

    GettingHelpSetup(JdbcClient jdbc, int port) {
        this.jdbc = jdbc;
        this.port = port;
    }

    /** The practitioner's team today (a new adults intake team when they have none), with the team manager in it when not staff. */
    void intakeTeam() {
        Long current = currentTeam("practitioner");
        team = current != null ? current : newTeam();
        practitionerStaff = staff("practitioner", "Rhian", "Davies", "SOCIAL_WORKER");
        if (currentTeam("team.manager") == null) {
            staff("team.manager", "Gareth", "Morgan", "TEAM_MANAGER");
        }
        practitionerName = jdbc.sql("SELECT given_names || ' ' || family_name FROM staff WHERE id = ?").param(practitionerStaff)
                .query(String.class).single();
    }

    /** Takes the demo usernames off the staff rows made for the journey. */
    void unlink() {
        for (long id : linked) {
            jdbc.sql("UPDATE staff SET username = NULL WHERE id = ?").param(id).update();
        }
        linked.clear();
    }

    /** A new person through the people API; answers their id. */
    long person(String given, String family, String dateOfBirth) throws Exception {
        return id(post("team.manager", "/api/people", PeopleFixture.person(given, family, dateOfBirth)));
    }

    /** A letter received on {@code receivedAt}, recorded only now through the contacts API, referring the person for assessment. */
    long lateReferral(long person, Instant receivedAt) throws Exception {
        String body = """
                {"personId":%d,"party":"PROFESSIONAL","partyName":"Dr Hughes","partyOrganisation":"Meddygfa'r Bont","method":"LETTER",
                 "receivedAt":"%s","reason":"Letter from the GP: several falls, lives alone","route":"ADULTS",
                 "whatMatters":"Keeping her independence","outcome":"REFERRED","source":"GP","priority":"STANDARD","screeningTeamId":%d}"""
                .formatted(person, receivedAt, team);
        return id(post("practitioner", "/api/contacts", body));
    }

    private String post(String username, String path, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + DemoLogins.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private Long currentTeam(String username) {
        return jdbc.sql("""
                SELECT p.team_id FROM staff s JOIN staff_posting p ON p.staff_id = s.id
                 WHERE s.authority_id = ? AND lower(s.username) = ? AND p.from_date <= current_date
                   AND (p.to_date IS NULL OR p.to_date >= current_date)
                 ORDER BY p.team_id LIMIT 1""").params(COUNCIL, username).query(Long.class).optional().orElse(null);
    }

    private long newTeam() {
        String code = "AI-" + PeopleFixture.unique().toUpperCase(Locale.ROOT).substring(1, 11);
        return jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (?, ?, 'Adults intake ' || ?, 'Derbyn oedolion ' || ?, 'ADULTS', 'ADULTS', 6, 'test', 'test') RETURNING id""")
                .params(COUNCIL, code, code, code).query(Long.class).single();
    }

    /** The user's staff row in post, or one made (and linked for this journey only) in the team. */
    private long staff(String username, String given, String family, String role) {
        Long existing = jdbc.sql("SELECT id FROM staff WHERE authority_id = ? AND lower(username) = ?").params(COUNCIL, username)
                .query(Long.class).optional().orElse(null);
        if (existing != null) {
            assertThat(currentTeam(username)).as(username + " is staff but in no team today").isNotNull();
            return existing;
        }
        long id = jdbc.sql("""
                INSERT INTO staff (authority_id, username, given_names, family_name, role, team_id, hours_per_week, started_on, created_by, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, 37, DATE '2000-01-01', 'test', 'test') RETURNING id""")
                .params(COUNCIL, username, given, family, role, team).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO staff_posting (authority_id, staff_id, team_id, from_date, hours_per_week, created_by)
                VALUES (?, ?, ?, DATE '2000-01-01', 37, 'test')""").params(COUNCIL, id, team).update();
        linked.add(id);
        return id;
    }
}
