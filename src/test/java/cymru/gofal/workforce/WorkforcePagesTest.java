package cymru.gofal.workforce;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;
import cymru.gofal.support.TestConfig;
import cymru.gofal.workforce.internal.ReferenceData;
import cymru.gofal.workforce.internal.Teams;

import static cymru.gofal.workforce.WorkforceFixture.auditCount;
import static cymru.gofal.workforce.WorkforceFixture.count;
import static cymru.gofal.workforce.WorkforceFixture.staffJson;
import static cymru.gofal.workforce.WorkforceFixture.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workforce pages: who sees names, forms with mistakes, edit conflicts, leavers, moves and audit. */
@IntegrationTest
class WorkforcePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Teams teams;
    @Autowired
    ReferenceData ref;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestConfig.Superuser superuser;
    @Autowired
    Workforce workforce;

    private long staff(long team, String family, String username) throws Exception {
        String location = mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(staffJson(team, family, "37", username)))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aCouncillorSeesTheTeamsFiguresAndNoNameAnywhere() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "3.5");
        String family = "Councillorhidden" + unique();
        long id = staff(team, family, null);
        mvc.perform(get("/workforce").param("lang", "en").with(DemoLogins.as("councillor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"team-" + team + "\"")))
                .andExpect(content().string(not(containsString(family))))
                .andExpect(content().string(not(containsString("/workforce/teams/" + team))))
                .andExpect(content().string(not(containsString("/workforce/movements"))));
        mvc.perform(get("/workforce/teams/" + team).param("lang", "en").with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(get("/workforce/staff/" + id).param("lang", "en").with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(get("/workforce/movements").param("lang", "en").with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
    }

    @Test
    void markupAndCodeInStaffNamesAreRefusedAndStoreNothing() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "2");
        String family = "O'Brien'); DROP TABLE staff;--" + unique();
        String body = staffJson(team, family, "37", null).replace("\"Siân\"", "\"<script>alert(1)</script>\"");
        mvc.perform(post("/api/workforce/staff").with(DemoLogins.as("admin")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("givenNames", "familyName")));
        assertThat(count(jdbc, "SELECT count(*) FROM staff WHERE family_name = ?", family)).isZero();
        mvc.perform(get("/workforce/teams/" + team).param("lang", "en").with(DemoLogins.as("practitioner"))).andExpect(status().isOk());
    }

    @Test
    void aTeamManagerAddsAMemberOfStaffOnThePageAndMistakesComeBackNamed() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "2");
        MvcResult bad = mvc.perform(post("/workforce/staff").with(DemoLogins.as("team.manager")).with(csrf())
                        .param("givenNames", "").param("familyName", "x".repeat(300)).param("role", "SOCIAL_WORKER")
                        .param("teamId", String.valueOf(team)).param("hoursPerWeek", "60").param("caseloadCapacity", "20")
                        .param("startedOn", "31/2/2024").param("welshLevel", "NONE"))
                .andExpect(redirectedUrl("/workforce/staff/new")).andReturn();
        mvc.perform(get("/workforce/staff/new").param("lang", "en").with(DemoLogins.as("team.manager")).with(WorkforceFixture.flash(bad)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the given names")))
                .andExpect(content().string(containsString("Enter the family name of 200 characters or fewer")))
                .andExpect(content().string(containsString("Enter hours a week above 0 and up to 48")))
                .andExpect(content().string(containsString("The date they started must be a real date")))
                .andExpect(content().string(containsString("must be registered with Social Care Wales")));

        String family = "Pagecreated" + unique();
        MvcResult good = mvc.perform(post("/workforce/staff").with(DemoLogins.as("team.manager")).with(csrf())
                        .param("givenNames", "Dafydd").param("familyName", family).param("role", "SOCIAL_WORK_ASSISTANT")
                        .param("teamId", String.valueOf(team)).param("hoursPerWeek", "22.5").param("caseloadCapacity", "12")
                        .param("startedOn", "1/9/2023").param("welshLevel", "LEARNER").param("skills", "DEMENTIA")
                        .param("qualifications", "CONSOLIDATION").param("qualification-CONSOLIDATION-awardedOn", "1/6/2024"))
                .andExpect(redirectedUrlPattern("/workforce/staff/*")).andReturn();
        mvc.perform(get(good.getResponse().getRedirectedUrl()).param("lang", "en").with(DemoLogins.as("team.manager")).with(WorkforceFixture.flash(good)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(family)))
                .andExpect(content().string(containsString("The member of staff has been added.")))
                .andExpect(content().string(containsString("Dementia")));
    }

    @Test
    void theSecondOfTwoEditsFromOneVersionIsToldAndOverwritesNothing() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "2");
        String family = "Conflict" + unique();
        long id = staff(team, family, null);
        mvc.perform(get("/workforce/staff/" + id + "/edit").param("lang", "en").with(DemoLogins.as("team.manager"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(edit(id, family, "30", "team.manager")).andExpect(redirectedUrl("/workforce/staff/" + id));
        MvcResult second = mvc.perform(edit(id, family, "20", "admin"))
                .andExpect(redirectedUrl("/workforce/staff/" + id + "/edit")).andReturn();
        mvc.perform(get("/workforce/staff/" + id + "/edit").param("lang", "en").with(DemoLogins.as("admin")).with(WorkforceFixture.flash(second)))
                .andExpect(content().string(containsString("Someone else changed this member of staff")))
                .andExpect(content().string(containsString("value=\"30\"")));
        assertThat(count(jdbc, "SELECT hours_per_week::int FROM staff WHERE id = ?", id)).isEqualTo(30);
    }

    private org.springframework.test.web.servlet.RequestBuilder edit(long id, String family, String hours, String user) {
        return post("/workforce/staff/" + id).with(DemoLogins.as(user)).with(csrf()).param("version", "0")
                .param("givenNames", "Siân").param("familyName", family).param("role", "SOCIAL_WORKER")
                .param("scwRegistered", "true").param("scwRegistrationNumber", "SW-1").param("hoursPerWeek", hours)
                .param("caseloadCapacity", "20").param("startedOn", "1/4/2020").param("welshLevel", "FLUENT");
    }

    @Test
    void aMoveClosesOnePostingAndOpensAnotherAndALeaverLeavesNoTeam() throws Exception {
        long first = WorkforceFixture.team(teams, ref, "1");
        long second = WorkforceFixture.team(teams, ref, "1");
        String username = "wf." + unique();
        long id = staff(first, "Mover" + unique(), username);
        assertThat(signedIn(() -> workforce.teamIdsOf(1, username.toUpperCase()))).containsExactly(first);
        mvc.perform(post("/workforce/staff/" + id + "/move").with(DemoLogins.as("team.manager")).with(csrf())
                        .param("version", "0").param("teamId", String.valueOf(second)).param("moveOn", "1/1/2024"))
                .andExpect(redirectedUrl("/workforce/staff/" + id));
        assertThat(signedIn(() -> workforce.teamIdsOf(1, username))).containsExactly(second);
        assertThat(count(jdbc, "SELECT count(*) FROM staff_posting WHERE staff_id = ? AND team_id = ? AND to_date = '2023-12-31'",
                id, first)).isEqualTo(1);
        mvc.perform(get("/workforce/movements").param("lang", "en").param("from", "1/1/2024").param("to", "1/1/2024")
                .with(DemoLogins.as("practitioner"))).andExpect(content().string(containsString("Moves between teams (1)")));

        MvcResult early = mvc.perform(post("/workforce/staff/" + id + "/leaving").with(DemoLogins.as("team.manager")).with(csrf())
                        .param("version", "1").param("leftOn", "1/6/2023").param("leavingReason", "RESIGNED"))
                .andExpect(redirectedUrl("/workforce/staff/" + id + "/leaving")).andReturn();
        mvc.perform(get("/workforce/staff/" + id + "/leaving").param("lang", "en").with(DemoLogins.as("team.manager")).with(WorkforceFixture.flash(early)))
                .andExpect(content().string(containsString("the day they joined their current team")));
        mvc.perform(post("/workforce/staff/" + id + "/leaving").with(DemoLogins.as("team.manager")).with(csrf())
                        .param("version", "1").param("leftOn", "31/5/2024").param("leavingReason", "RESIGNED"))
                .andExpect(redirectedUrl("/workforce/staff/" + id));
        assertThat(signedIn(() -> workforce.teamIdsOf(1, username))).isEmpty();
        assertThat(signedIn(() -> workforce.staffByUsername(1, username)).orElseThrow().leftOn()).hasToString("2024-05-31");
    }

    // Every page request asks for English: the language is a saved choice per user, and other tests may
    // have left a demo user in Welsh.

    /** Calls the facade as a signed-in user would (its methods require one), outside any request. */
    private static <T> T signedIn(java.util.function.Supplier<T> call) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken("test", "x", "ROLE_ADMIN"));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void readsOfStaffOnPagesAreAudited() throws Exception {
        long team = WorkforceFixture.team(teams, ref, "2");
        long id = staff(team, "Audited" + unique(), null);
        mvc.perform(get("/workforce/teams/" + team).param("lang", "en").with(DemoLogins.as("senior.manager"))).andExpect(status().isOk());
        mvc.perform(get("/workforce/staff/" + id).param("lang", "en").with(DemoLogins.as("senior.manager"))).andExpect(status().isOk());
        assertThat(auditCount(superuser, "record_type = 'staff' AND action = 'SEARCH' AND username = 'senior.manager' AND reason LIKE ?",
                "team " + team + ":%")).isEqualTo(1);
        assertThat(auditCount(superuser, "record_type = 'staff' AND action = 'READ' AND username = 'senior.manager' AND record_id = ?",
                String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void anAdminAddsATeamAndATeamManagerMayNot() throws Exception {
        String code = "PG" + unique().toUpperCase();
        mvc.perform(get("/workforce/teams/new").param("lang", "en").with(DemoLogins.as("team.manager"))).andExpect(status().isForbidden());
        mvc.perform(post("/workforce/teams").with(DemoLogins.as("admin")).with(csrf()).param("code", code)
                        .param("nameEn", "Intake east").param("nameCy", "Derbyn dwyrain").param("kind", "INTAKE")
                        .param("serviceArea", "ALL").param("establishedFte", "6.5"))
                .andExpect(redirectedUrlPattern("/workforce/teams/{id:\\d+}"));
        MvcResult again = mvc.perform(post("/workforce/teams").with(DemoLogins.as("admin")).with(csrf()).param("code", code)
                        .param("nameEn", "Intake east").param("nameCy", "Derbyn dwyrain").param("kind", "INTAKE")
                        .param("serviceArea", "ALL").param("establishedFte", "6.5"))
                .andExpect(redirectedUrl("/workforce/teams/new")).andReturn();
        mvc.perform(get("/workforce/teams/new").param("lang", "en").with(DemoLogins.as("admin")).with(WorkforceFixture.flash(again)))
                .andExpect(content().string(containsString("already has a team with that code")));
    }

    @Test
    void thePagesSpeakWelsh() throws Exception {
        mvc.perform(get("/workforce").param("lang", "cy").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Gweithlu")));
        mvc.perform(get("/workforce/movements").param("lang", "cy").with(DemoLogins.as("senior.manager")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Staff newydd")));
        mvc.perform(get("/workforce").param("lang", "en").with(DemoLogins.as("senior.manager")))
                .andExpect(content().string(containsString("Workforce")));
    }
}
