package cymru.gofal.workforce;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.workforce.internal.ReferenceData;
import cymru.gofal.workforce.internal.Teams;

import static cymru.gofal.workforce.WorkforceFixture.auditCount;
import static cymru.gofal.workforce.WorkforceFixture.count;
import static cymru.gofal.workforce.WorkforceFixture.staffJson;
import static cymru.gofal.workforce.WorkforceFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workforce JSON API: create, read, change with If-Match, leavers, bad input and who may do what. */
@IntegrationTest
class WorkforceApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Teams teams;
    @Autowired
    ReferenceData ref;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cymru.gofal.support.TestConfig.Superuser superuser;

    @Test
    void aTeamManagerAddsReadsAndChangesAMemberOfStaff() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "2.00");
        String family = "Hughes" + unique();
        MvcResult created = mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, family, "37", null)))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.familyName").value(family)).andExpect(jsonPath("$.givenNames").value("Siân"))
                .andExpect(jsonPath("$.skills[*].code", hasItems("CHILD_PROTECTION", "COURT_WORK")))
                .andExpect(jsonPath("$.postings[0].team.id").value(team))
                .andExpect(jsonPath("$.postings[0].from").value("2020-04-01"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        assertThat(location).matches("/api/workforce/staff/\\d+");

        mvc.perform(put(location).with(DemoLogins.as("admin")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, family, "18.5", null)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.hoursPerWeek").value(18.5));

        mvc.perform(get("/api/workforce/teams/" + team).with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.team.fteInPost").value(0.5))
                .andExpect(jsonPath("$.team.vacancies").value(1.5))
                .andExpect(jsonPath("$.staff[*].familyName", hasItem(family)));
        mvc.perform(get("/api/workforce/staff").param("team", String.valueOf(team)).with(DemoLogins.as("reviewer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].familyName").value(family));
    }

    @Test
    void teamFiguresAnswerForAnyDayFromThePostingsOfThatDay() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "3");
        mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, "Day" + unique(), "37", null)))
                .andExpect(status().isCreated());
        String path = "$[?(@.id == " + team + ")]";
        mvc.perform(get("/api/workforce/teams").param("on", "2020-03-31").with(DemoLogins.as("councillor")))
                .andExpect(jsonPath(path + ".staffCount").value(0)).andExpect(jsonPath(path + ".vacancies").value(3.0));
        mvc.perform(get("/api/workforce/teams").param("on", "2020-04-01").with(DemoLogins.as("councillor")))
                .andExpect(jsonPath(path + ".staffCount").value(1)).andExpect(jsonPath(path + ".vacancies").value(2.0))
                .andExpect(jsonPath(path + ".caseloadCapacity").value(24));
        mvc.perform(get("/api/workforce/teams").param("on", "1900-01-01").with(DemoLogins.as("councillor")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("on"));
    }

    @Test
    void aChangeWithoutIfMatchIs428AndAStaleOneIs412AndChangesNothing() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "1");
        String family = "Price" + unique();
        String location = mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, family, "37", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(put(location).with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, family, "30", null)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(location).with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, family, "30", null)))
                .andExpect(status().isOk());
        mvc.perform(put(location).with(DemoLogins.as("admin")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, family, "20", null)))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(location).with(DemoLogins.as("admin")))
                .andExpect(jsonPath("$.hoursPerWeek").value(30)).andExpect(header().string("ETag", "\"1\""));
    }

    @Test
    void badInputNamesEveryBadFieldAndStoresNothing() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "1");
        String body = """
                {"givenNames":"  ","familyName":"Tab\\there","role":"BOSS","teamId":%d,"scwRegistered":true,
                 "hoursPerWeek":"60","caseloadCapacity":500,"startedOn":"2025-02-30","skills":["JUGGLING"]}
                """.formatted(team);
        mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("givenNames", "familyName", "role",
                        "scwRegistrationNumber", "hoursPerWeek", "caseloadCapacity", "startedOn", "skills")));
        assertThat(count(jdbc, "SELECT count(*) FROM staff WHERE family_name = ?", "Tab\there")).isZero();
    }

    @Test
    void aSocialWorkerMustBeRegistered() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "1");
        String body = staffJson(team, "Lewis" + unique(), "37", null).replace("\"scwRegistered\":true", "\"scwRegistered\":false");
        mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("scwRegistered"));
    }

    @Test
    void aTenMegabyteNameIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "1");
        int before = count(jdbc, "SELECT count(*) FROM staff WHERE team_id = ?", team);
        String huge = "a".repeat(10 * 1024 * 1024);
        mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, huge, "37", null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("familyName"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the family name of 200 characters or fewer"));
        assertThat(count(jdbc, "SELECT count(*) FROM staff WHERE team_id = ?", team)).isEqualTo(before);
    }

    @Test
    void malformedJsonIsACleanProblem() throws Exception {
        mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"givenNames\": "))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void aLeaverIsRecordedOnlyFromTheirStartDateAndShowsInMovements() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "1");
        String family = "Morgan" + unique();
        String location = mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, family, "37", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(post(location + "/leaving").with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"leftOn\":\"2019-01-01\",\"leavingReason\":\"RETIRED\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("leftOn"));
        mvc.perform(post(location + "/leaving").with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"leftOn\":\"2021-03-31\",\"leavingReason\":\"RETIRED\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(post(location + "/leaving").with(DemoLogins.as("team.manager")).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"leftOn\":\"2021-03-31\",\"leavingReason\":\"RETIRED\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.leftOn").value("2021-03-31"))
                .andExpect(jsonPath("$.postings[0].to").value("2021-03-31"));
        mvc.perform(get("/workforce/movements").param("from", "1/4/2020").param("to", "31/3/2021")
                        .with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(family)));
    }

    @Test
    void aCouncillorSeesTeamFiguresButNoNames() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "1");
        String location = mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, "Evans" + unique(), "37", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get("/api/workforce/teams").with(DemoLogins.as("councillor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) team)));
        mvc.perform(get("/api/workforce/teams/" + team).with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(get(location).with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/workforce/staff").param("team", String.valueOf(team)).with(DemoLogins.as("councillor")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("practitioner"))
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, "Nope", "37", null)))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyReadAndWriteOfAStaffRecordIsAudited() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "1");
        String location = mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("team.manager"))
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, "Rees" + unique(), "37", null)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get(location).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk());
        mvc.perform(get("/api/workforce/staff").param("team", String.valueOf(team)).with(DemoLogins.as("finance.officer")))
                .andExpect(status().isOk());
        assertThat(auditCount(superuser, "record_type = 'staff' AND record_id = ? AND action = 'CREATE' AND username = 'team.manager'", id)).isEqualTo(1);
        assertThat(auditCount(superuser, "record_type = 'staff' AND record_id = ? AND action = 'READ' AND username = 'qa.officer'", id)).isEqualTo(1);
        assertThat(auditCount(superuser, "record_type = 'staff' AND action = 'SEARCH' AND username = 'finance.officer' AND reason LIKE ?", "team " + team + ":%")).isEqualTo(1);
    }
}
