package cymru.gofal.intake;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cymru.gofal.people.PeopleFixture;
import cymru.gofal.support.DemoLogins;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People, teams and referrals of intake's tests, each new (tests share one database). */
final class IntakeFixture {

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    IntakeFixture(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** A new team of council 1. */
    long team() {
        String code = "I" + PeopleFixture.unique().toUpperCase(java.util.Locale.ROOT).substring(1, 11);
        return jdbc.sql("""
                INSERT INTO team (authority_id, code, name_en, name_cy, kind, service_area, established_fte, created_by, updated_by)
                VALUES (1, ?, 'Intake ' || ?, 'Derbyn ' || ?, 'ADULTS', 'ALL', 5, 'test', 'test') RETURNING id""")
                .params(code, code, code).query(Long.class).single();
    }

    /** A new person born on {@code dob} (ISO), recorded by the team manager. */
    long person(String dob) throws Exception {
        String body = mvc.perform(post("/api/people").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                        .content(PeopleFixture.person("Nia", PeopleFixture.unique(), dob)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static String referralJson(long person, long team, String receivedAt, String priority) {
        return """
                {"personId":%d,"source":"GP","priority":"%s","reason":"Concern raised by the GP","receivedAt":"%s","screeningTeamId":%d}"""
                .formatted(person, priority, receivedAt, team);
    }

    /** Records a referral through the API as the team manager; answers its id. */
    long referral(long person, long team, String receivedAt, String priority) throws Exception {
        String body = mvc.perform(post("/api/referrals").with(DemoLogins.as("team.manager")).contentType(MediaType.APPLICATION_JSON)
                        .content(referralJson(person, team, receivedAt, priority)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    /** A contact's JSON with this outcome and extra properties (a JSON fragment starting with a comma, or ""). */
    static String contactJson(long person, String receivedAt, String outcome, String extra) {
        return """
                {"personId":%d,"party":"SELF","method":"PHONE","receivedAt":"%s","reason":"Asked about help at home",
                 "whatMatters":"Staying in her own home","outcome":"%s"%s}""".formatted(person, receivedAt, outcome, extra);
    }

    long contact(long person, String receivedAt, String outcome, String extra) throws Exception {
        String body = mvc.perform(post("/api/contacts").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content(contactJson(person, receivedAt, outcome, extra)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }
}
