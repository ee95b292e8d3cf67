package cymru.gofal.assessment;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import cymru.gofal.platform.web.Dates;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The assessments API: start, read, eligibility, completion with people turned aside, problems and need-to-know. */
@IntegrationTest
class AssessmentApiTest {

    static final String ADULT_NEED = """
            {"domain":"SELF_CARE","cause":"AGE","ability":"%s","outcome":"%s","reasoning":"%s"}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final LocalDate start = LocalDate.now(Dates.LONDON).minusDays(10);

    long start(String type, long person, long team) throws Exception {
        String body = mvc.perform(post("/api/assessments").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":%d,\"type\":\"%s\",\"teamId\":%d,\"clockStart\":\"%s\"}".formatted(person, type, team, start)))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\"")).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void need(long id, String ability, String outcome, String reasoning) throws Exception {
        mvc.perform(post("/api/assessments/" + id + "/eligibility").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content(ADULT_NEED.formatted(ability, outcome, reasoning))).andExpect(status().isCreated());
    }

    String completion(String extra) {
        return "{\"completedOn\":\"%s\",\"summary\":\"Needs explored with the person and her daughter\"%s}".formatted(start.plusDays(3), extra);
    }

    int turnedAside(long assessment) {
        return jdbc.sql("SELECT count(*) FROM turned_aside WHERE origin = 'ASSESSMENT' AND origin_id = :a").param("a", assessment)
                .query(Integer.class).single();
    }

    @Test
    void aPractitionerStartsAnAdultAssessmentWithItsDueDateFromTheRuleEngine() throws Exception {
        long team = AssessmentFixture.team(jdbc, 1);
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1940, 2, 2));
        long id = start("ADULT_ASSESSMENT", person, team);
        mvc.perform(get("/api/assessments/" + id).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")).andExpect(jsonPath("$.type").value("ADULT_ASSESSMENT"))
                .andExpect(jsonPath("$.clockStart").value(start.toString())).andExpect(jsonPath("$.ruleCode").value("ADULT_ASSESSMENT"))
                .andExpect(jsonPath("$.status").value("AWAITING_ALLOCATION")).andExpect(jsonPath("$.dueOn").isNotEmpty());
        mvc.perform(get("/api/assessments").param("person", String.valueOf(person)).with(DemoLogins.as("qa.officer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));
    }

    @Test
    void badInputNamesEveryBadFieldAndCreatesNothing() throws Exception {
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1940, 2, 2));
        mvc.perform(post("/api/assessments").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":%d,\"type\":\"INITIAL_ASSESSMENT\",\"teamId\":999999999,\"clockStart\":\"2026-02-30\"}".formatted(person)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("type", "teamId", "clockStart")));
        mvc.perform(post("/api/assessments").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"abc\"}")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/assessments").param("person", "x").with(DemoLogins.as("practitioner"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("person"));
        assertThat(jdbc.sql("SELECT count(*) FROM assessment WHERE person_id = :p").param("p", person).query(Integer.class).single()).isZero();
    }

    @Test
    void eligibilityRefusesUnknownCodesAnEligibleNeedThePersonCanMeetAndNoReasoning() throws Exception {
        long id = start("ADULT_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1940, 2, 2)), AssessmentFixture.team(jdbc, 1));
        mvc.perform(post("/api/assessments/" + id + "/eligibility").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"domain\":\"DEVELOPMENT\",\"cause\":\"X\",\"ability\":\"ALONE\",\"outcome\":\"ELIGIBLE\",\"reasoning\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("domain", "cause", "outcome", "reasoning")));
        mvc.perform(get("/api/assessments/" + id + "/eligibility").with(DemoLogins.as("practitioner"))).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void completionNeedsIfMatchAndEligibilityThenRecordsNoOneTurnedAsideWhenANeedIsEligible() throws Exception {
        long id = start("ADULT_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1940, 2, 2)), AssessmentFixture.team(jdbc, 1));
        mvc.perform(post("/api/assessments/" + id + "/completion").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content(completion(""))).andExpect(status().isPreconditionRequired());
        mvc.perform(post("/api/assessments/" + id + "/completion").with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(completion("")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("domain"));
        need(id, "CANNOT", "ELIGIBLE", "Cannot wash or dress without help; no family nearby");
        mvc.perform(post("/api/assessments/" + id + "/completion").with(DemoLogins.as("practitioner")).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(completion(""))).andExpect(status().isPreconditionFailed());
        mvc.perform(post("/api/assessments/" + id + "/completion").with(DemoLogins.as("practitioner")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(completion("")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.completedBy").value("practitioner")).andExpect(header().string("ETag", "\"2\""));
        assertThat(turnedAside(id)).isZero();
    }

    @Test
    void anAssessmentWithNoEligibleNeedRecordsThePersonTurnedAsideWithTheSignposting() throws Exception {
        long id = start("ADULT_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1940, 2, 2)), AssessmentFixture.team(jdbc, 1));
        need(id, "WITH_OTHERS", "NEEDS_MET_OTHERWISE", "Her son shops and cooks daily");
        need(id, "ALONE", "NOT_ELIGIBLE", "Manages her own medication");
        mvc.perform(post("/api/assessments/" + id + "/completion").with(DemoLogins.as("practitioner")).header("If-Match", "\"2\"")
                .contentType(MediaType.APPLICATION_JSON).content(completion(",\"signpostedTo\":\"AGE_CYMRU\""))).andExpect(status().isOk());
        var row = jdbc.sql("SELECT outcome, signposted_to, reason FROM turned_aside WHERE origin = 'ASSESSMENT' AND origin_id = :a")
                .param("a", id).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        assertThat(row[0]).isEqualTo("NEEDS_MET_OTHERWISE");
        assertThat(row[1]).isEqualTo("AGE_CYMRU");
        assertThat(row[2]).contains("Her son shops and cooks daily");
    }

    @Test
    void aChildAssessmentIsNotCompletedUntilWhetherTheChildWasSeenIsRecorded() throws Exception {
        long id = start("CHILD_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(2016, 6, 6)), AssessmentFixture.team(jdbc, 1));
        mvc.perform(post("/api/assessments/" + id + "/eligibility").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"domain\":\"DEVELOPMENT\",\"cause\":\"DEVELOPMENTAL\",\"ability\":\"CANNOT\",\"outcome\":\"ELIGIBLE\",\"reasoning\":\"Speech delay\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/assessments/" + id + "/completion").with(DemoLogins.as("practitioner")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(completion("")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("childSeen"));
        mvc.perform(post("/api/assessments/" + id + "/completion").with(DemoLogins.as("practitioner")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(completion(",\"childSeen\":true,\"childSeenOn\":\"%s\"".formatted(start.plusDays(1)))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("childSeenAlone"));
        mvc.perform(post("/api/assessments/" + id + "/completion").with(DemoLogins.as("practitioner")).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(completion(",\"childSeen\":true,\"childSeenOn\":\"%s\",\"childSeenAlone\":true".formatted(start.plusDays(1)))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.childSeen").value(true)).andExpect(jsonPath("$.childSeenAlone").value(true))
                .andExpect(jsonPath("$.status").value("COMPLETED"));
        var facts = jdbc.sql("SELECT in_time, child_seen_alone FROM assessment_facts_assessments WHERE id = :id").param("id", id)
                .query((rs, i) -> rs.getBoolean(1) && rs.getBoolean(2)).single();
        assertThat(facts).isTrue();
    }

    @Test
    void readersCannotWriteAndOthersCannotRead() throws Exception {
        long id = start("ADULT_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1940, 2, 2)), AssessmentFixture.team(jdbc, 1));
        mvc.perform(post("/api/assessments/" + id + "/eligibility").with(DemoLogins.as("reviewer")).contentType(MediaType.APPLICATION_JSON)
                .content(ADULT_NEED.formatted("CANNOT", "ELIGIBLE", "x"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/assessments/" + id).with(DemoLogins.as("finance.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/assessments/" + id).with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
    }

    @Test
    void anAssessmentOfARestrictedPersonIsNotFoundAndAbsentFromTheirList() throws Exception {
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1940, 2, 2));
        long id = start("ADULT_ASSESSMENT", person, AssessmentFixture.team(jdbc, 1));
        AssessmentFixture.restrict(jdbc, person);
        mvc.perform(get("/api/assessments/" + id).with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments/" + id + "/eligibility").with(DemoLogins.as("team.manager"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/assessments").param("person", String.valueOf(person)).with(DemoLogins.as("practitioner")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/" + id).with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
    }
}
