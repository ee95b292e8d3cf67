package cymru.gofal.assessment;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.assessment.internal.Opening;
import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.platform.work.WorkScope;
import cymru.gofal.platform.work.WorkSource;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The assessment pages: lists, allocation and sign-off by managers, concurrent edits, carers' offers, work trays. */
@IntegrationTest
class AssessmentPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Opening opening;
    @Autowired
    UserDetailsService users;
    @Autowired
    List<WorkSource> sources;

    final LocalDate today = LocalDate.now(Dates.LONDON);
    long team;

    @org.junit.jupiter.api.BeforeEach
    void team() {
        team = AssessmentFixture.team(jdbc, 1);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long started(String type, long person, long teamId) {
        AssessmentFixture.signIn(users, "practitioner");
        try {
            return opening.start(person, type, String.valueOf(teamId), FormDates.format(today.minusDays(3)), null);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    int version(long id) {
        return jdbc.sql("SELECT version FROM assessment WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    MvcResult postAs(String user, String path, String... params) throws Exception {
        var request = post(path).with(DemoLogins.as(user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void aTeamManagerAllocatesAndAPractitionerMayNot() throws Exception {
        long staff = AssessmentFixture.staff(jdbc, 1, team, null);
        long id = started("ADULT_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1)), team);
        assertThat(postAs("practitioner", "/assessments/" + id + "/allocation", "version", "0", "staffId", "" + staff)
                .getResponse().getStatus()).isEqualTo(403);
        MvcResult done = postAs("team.manager", "/assessments/" + id + "/allocation", "version", "0", "staffId", "" + staff);
        assertThat(done.getFlashMap().get("saved")).isEqualTo("assessment.saved.allocated");
        assertThat(jdbc.sql("SELECT status FROM assessment WHERE id = :id").param("id", id).query(String.class).single()).isEqualTo("ALLOCATED");
        long other = AssessmentFixture.staff(jdbc, 1, team, null);
        MvcResult noReason = postAs("team.manager", "/assessments/" + id + "/allocation", "version", "1", "staffId", "" + other);
        assertThat(noReason.getFlashMap().get("errors").toString()).contains("assessment.reason.error.required");
        long elsewhere = AssessmentFixture.staff(jdbc, 1, AssessmentFixture.team(jdbc, 1), null);
        MvcResult wrongTeam = postAs("senior.manager", "/assessments/" + id + "/allocation", "version", "1", "staffId", "" + elsewhere,
                "reason", "Sick leave");
        assertThat(wrongTeam.getFlashMap().get("errors").toString()).contains("assessment.staff.error.required");
        MvcResult moved = postAs("senior.manager", "/assessments/" + id + "/allocation", "version", "1", "staffId", "" + other,
                "reason", "Sick leave");
        assertThat(moved.getFlashMap().get("saved")).isEqualTo("assessment.saved.allocated");
        assertThat(jdbc.sql("SELECT count(*) FROM assessment_allocation WHERE assessment_id = :id AND reason = 'Sick leave'")
                .param("id", id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theSecondEditorFromTheSameVersionIsToldSomeoneElseChangedIt() throws Exception {
        long id = started("ADULT_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1)), team);
        String[] need = {"version", "0", "domain", "SELF_CARE", "cause", "AGE", "ability", "CANNOT", "outcome", "ELIGIBLE", "reasoning", "Cannot wash"};
        assertThat(postAs("practitioner", "/assessments/" + id + "/needs", need).getFlashMap().get("saved")).isEqualTo("assessment.saved.need");
        MvcResult second = postAs("team.manager", "/assessments/" + id + "/needs", need);
        assertThat(second.getFlashMap().get("errors").toString()).contains("assessment.error.stale");
        assertThat(jdbc.sql("SELECT count(*) FROM assessment_need WHERE assessment_id = :id").param("id", id).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/assessments/" + id).with(DemoLogins.as("team.manager")).with(AssessmentFixture.flash(second)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")));
    }

    @Test
    void signOffIsForManagersAndOnlyAfterCompletion() throws Exception {
        long id = started("ADULT_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1)), team);
        assertThat(postAs("team.manager", "/assessments/" + id + "/sign-off", "version", "0").getFlashMap().get("errors").toString())
                .contains("assessment.signOff.error.notCompleted");
        postAs("practitioner", "/assessments/" + id + "/needs", "version", "0", "domain", "SELF_CARE", "cause", "AGE", "ability", "CANNOT",
                "outcome", "ELIGIBLE", "reasoning", "Cannot wash");
        MvcResult completed = postAs("practitioner", "/assessments/" + id + "/completion", "version", "1", "completedOn",
                FormDates.format(today), "summary", "Personal care needed daily");
        assertThat(completed.getFlashMap().get("saved")).isEqualTo("assessment.saved.completed");
        assertThat(postAs("practitioner", "/assessments/" + id + "/sign-off", "version", "2").getResponse().getStatus()).isEqualTo(403);
        assertThat(postAs("team.manager", "/assessments/" + id + "/sign-off", "version", "2").getFlashMap().get("saved"))
                .isEqualTo("assessment.saved.signedOff");
        assertThat(jdbc.sql("SELECT signed_off_role FROM assessment WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("TEAM_MANAGER");
        mvc.perform(get("/assessments/" + id).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Personal care needed daily")));
    }

    @Test
    void aCarerAcceptsAnOfferAndACarersAssessmentOpensFromThatDay() throws Exception {
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1));
        long carer = AssessmentFixture.person(jdbc, 1, LocalDate.of(1970, 1, 1));
        long id = started("ADULT_ASSESSMENT", person, team);
        assertThat(postAs("practitioner", "/assessments/" + id + "/carer-offers", "version", "0", "carerOther", "" + person,
                "offeredOn", FormDates.format(today)).getFlashMap().get("errors").toString()).contains("assessment.carer.error.required");
        assertThat(postAs("practitioner", "/assessments/" + id + "/carer-offers", "version", "0", "carerOther", "" + carer,
                "offeredOn", FormDates.format(today.minusDays(1))).getFlashMap().get("saved")).isEqualTo("assessment.saved.offered");
        long offer = jdbc.sql("SELECT id FROM carer_offer WHERE assessment_id = :a").param("a", id).query(Long.class).single();
        assertThat(postAs("practitioner", "/assessments/" + id + "/carer-offers/" + offer + "/response", "version", "0", "response",
                "DECLINED", "respondedOn", FormDates.format(today)).getFlashMap().get("errors").toString())
                .contains("assessment.declineReason.error.required");
        postAs("practitioner", "/assessments/" + id + "/carer-offers/" + offer + "/response", "version", "0", "response", "ACCEPTED",
                "respondedOn", FormDates.format(today));
        var carerAssessment = jdbc.sql("SELECT a.type_code, a.clock_start, a.person_id FROM carer_offer o JOIN assessment a ON a.id = o.carer_assessment_id WHERE o.id = :o")
                .param("o", offer).query((rs, i) -> rs.getString(1) + " " + rs.getObject(2, LocalDate.class) + " " + rs.getLong(3)).single();
        assertThat(carerAssessment).isEqualTo("CARER_ASSESSMENT " + today + " " + carer);
        assertThat(jdbc.sql("SELECT response FROM assessment_facts_carer_offers WHERE id = :o").param("o", offer).query(String.class).single())
                .isEqualTo("ACCEPTED");
        mvc.perform(get("/assessments/people/" + carer + "/panel").with(DemoLogins.as("qa.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("assessment-panel")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void pagesRenderInBothLanguagesForEveryRole() throws Exception {
        long child = started("CHILD_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(2016, 1, 1)), team);
        long adult = started("ADULT_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1)), team);
        for (String user : new String[] {"practitioner", "team.manager", "qa.officer"}) {
            for (String lang : new String[] {"en", "cy"}) {
                for (long id : new long[] {child, adult}) {
                    mvc.perform(get("/assessments/" + id).param("lang", lang).with(DemoLogins.as(user))).andExpect(status().isOk());
                }
                mvc.perform(get("/assessments").param("team", "" + team).param("lang", lang).with(DemoLogins.as(user)))
                        .andExpect(status().isOk()).andExpect(content().string(containsString("/assessments/" + child)));
            }
        }
        mvc.perform(get("/assessments/new").param("person", "" + jdbc.sql("SELECT person_id FROM assessment WHERE id = :id")
                .param("id", child).query(Long.class).single()).with(DemoLogins.as("practitioner"))).andExpect(status().isOk());
        mvc.perform(get("/assessments/" + child).with(DemoLogins.as("finance.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void startingFromThePageRedirectsToTheAssessmentAndBadInputComesBack() throws Exception {
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1));
        MvcResult bad = postAs("practitioner", "/assessments", "person", "" + person, "type", "INITIAL_ASSESSMENT", "teamId", "" + team,
                "clockStart", "31/2/2026");
        assertThat(bad.getResponse().getRedirectedUrl()).isEqualTo("/assessments/new?person=" + person);
        assertThat(bad.getFlashMap().get("errors").toString()).contains("assessment.type.error.required", "assessment.clockStart.error.date");
        mvc.perform(post("/assessments").with(DemoLogins.as("practitioner")).with(csrf()).param("person", "" + person)
                .param("type", "SPECIALIST_ASSESSMENT").param("teamId", "" + team).param("clockStart", FormDates.format(today)))
                .andExpect(redirectedUrl("/assessments/" + jdbc.sql("SELECT max(id) FROM assessment WHERE person_id = :p")
                        .param("p", person).query(Long.class).single()));
    }

    @Test
    void anAssessmentFollowingOneOpenedFromAReferralStartsWithoutTakingTheReferral() throws Exception {
        long person = AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1));
        long first = started("ADULT_ASSESSMENT", person, team);
        long referral = System.nanoTime() % 1_000_000_000L;
        jdbc.sql("UPDATE assessment SET referral_id = :r WHERE id = :id").param("r", referral).param("id", first).update();
        mvc.perform(post("/assessments").with(DemoLogins.as("practitioner")).with(csrf()).param("person", "" + person)
                .param("type", "SPECIALIST_ASSESSMENT").param("teamId", "" + team).param("clockStart", FormDates.format(today))
                .param("follows", "" + first)).andExpect(status().is3xxRedirection());
        long next = jdbc.sql("SELECT max(id) FROM assessment WHERE person_id = :p").param("p", person).query(Long.class).single();
        assertThat(next).isNotEqualTo(first);
        assertThat(jdbc.sql("SELECT follows_id FROM assessment WHERE id = :id").param("id", next).query(Long.class).single()).isEqualTo(first);
        assertThat(jdbc.sql("SELECT count(*) FROM assessment WHERE referral_id = :r").param("r", referral).query(Long.class).single())
                .as("the referral stays with the assessment it opened").isEqualTo(1);
    }

    /** staff_role.holds_cases: business support and managers are members of the team but are not allocated cases. */
    @Test
    void onlyStaffWhoseRoleHoldsCasesAreOfferedForAllocation() throws Exception {
        long ownTeam = AssessmentFixture.team(jdbc, 1);
        long worker = AssessmentFixture.staff(jdbc, 1, ownTeam, null);
        long support = AssessmentFixture.staff(jdbc, 1, ownTeam, null);
        jdbc.sql("UPDATE staff SET role = 'BUSINESS_SUPPORT' WHERE id = :id").param("id", support).update();
        long id = started("SPECIALIST_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1)), ownTeam);
        String page = mvc.perform(get("/assessments/" + id).param("lang", "en").with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<option value=\"" + worker + "\"").doesNotContain("<option value=\"" + support + "\"");
    }

    @Test
    void aCompletedAssessmentWaitsForSignOffOnTheTeamsList() throws Exception {
        long ownTeam = AssessmentFixture.team(jdbc, 1);
        long done = started("SPECIALIST_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1)), ownTeam);
        long open = started("SPECIALIST_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1)), ownTeam);
        jdbc.sql("UPDATE assessment SET completed_on = clock_start, completed_by = 'practitioner', status = 'COMPLETED' WHERE id = :id").param("id", done).update();
        String page = mvc.perform(get("/assessments").param("team", "" + ownTeam).param("lang", "en").with(DemoLogins.as("team.manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String waiting = page.substring(page.indexOf("id=\"sign-off-heading\""));
        assertThat(waiting).contains("/assessments/" + done + "\"").doesNotContain("/assessments/" + open + "\"");
        assertThat(page.substring(0, page.indexOf("id=\"sign-off-heading\""))).contains("/assessments/" + open + "\"")
                .doesNotContain("/assessments/" + done + "\"");
    }

    @Test
    void workItemsAndCountsLeaveOutRestrictedPeopleAndCompletedAssessments() throws Exception {
        long ownTeam = AssessmentFixture.team(jdbc, 1);
        long visible = started("ADULT_ASSESSMENT", AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1)), ownTeam);
        long hiddenPerson = AssessmentFixture.person(jdbc, 1, LocalDate.of(1945, 1, 1));
        started("ADULT_ASSESSMENT", hiddenPerson, ownTeam);
        AssessmentFixture.restrict(jdbc, hiddenPerson);
        AssessmentFixture.signIn(users, "team.manager");
        WorkSource source = sources.stream().filter(s -> s.getClass().getName().contains("assessment")).findFirst().orElseThrow();
        var scope = WorkScope.teams(1, List.of(ownTeam), false, today);
        var items = source.open(scope, 10);
        assertThat(items).extracting(i -> i.recordId()).containsExactly(visible);
        assertThat(items.get(0).kindKey()).isEqualTo("assessment.work.ADULT_ASSESSMENT");
        assertThat(items.get(0).path()).isEqualTo("/assessments/" + visible);
        assertThat(items.get(0).staffId()).isNull();
        assertThat(source.count(scope).open()).isEqualTo(1);
        assertThat(source.count(WorkScope.teams(1, List.of(ownTeam), true, today.plusYears(1))).overdue()).isEqualTo(1);
        mvc.perform(get("/assessments").param("team", "" + ownTeam).with(DemoLogins.as("team.manager")))
                .andExpect(content().string(containsString("/assessments/" + visible)))
                .andExpect(content().string(not(containsString("/assessments/" + (visible + 1) + "\""))));
    }
}
