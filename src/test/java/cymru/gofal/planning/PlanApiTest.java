package cymru.gofal.planning;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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

/** The plans API: a plan from eligible needs, costed services, optimistic locking, agreement and versions. */
@IntegrationTest
class PlanApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    cymru.gofal.support.TestConfig.Superuser superuser;

    final LocalDate today = LocalDate.now(Dates.LONDON);

    long create(PlanFixture.Setup s) throws Exception {
        String body = mvc.perform(post("/api/plans").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\":%d,\"assessmentId\":%d}".formatted(s.caseId(), s.assessment())))
                .andExpect(status().isCreated()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.kind").value("CARE_AND_SUPPORT")).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions change(String path, int version, String json) throws Exception {
        return mvc.perform(post(path).with(DemoLogins.as("practitioner")).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    long outcome(long plan, long need, int version) throws Exception {
        String body = change("/api/plans/" + plan + "/outcomes", version, "{\"needId\":%d,\"outcome\":\"I want to wash and dress myself each morning\"}".formatted(need))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.outcomes[-1].id")).longValue();
    }

    @Test
    void aPlanCostsItsPlannedServicesRunningTodayAtTheOffersUnitCosts() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long care = PlanFixture.offer(jdbc, "DOMICILIARY_CARE", "HOUR", "21.40", false);
        long day = PlanFixture.offer(jdbc, "DAY_CENTRE", "DAY", "45.00", true);
        long plan = create(s);
        long outcome = outcome(plan, s.eligibleNeed(), 0);
        change("/api/plans/" + plan + "/services", 1, """
                {"outcomeId":%d,"serviceType":"DOMICILIARY_CARE","offerId":%d,"unitsPerWeek":7.5,"startOn":"%s"}"""
                .formatted(outcome, care, today.minusDays(7))).andExpect(status().isOk()).andExpect(header().string("ETag", "\"2\""));
        change("/api/plans/" + plan + "/services", 2, """
                {"outcomeId":%d,"serviceType":"DAY_CENTRE","offerId":%d,"unitsPerWeek":2,"startOn":"%s","endOn":"%s"}"""
                .formatted(outcome, day, today, today.plusMonths(6))).andExpect(status().isOk());
        // Not counted: starts next month; ended yesterday.
        change("/api/plans/" + plan + "/services", 3, """
                {"outcomeId":%d,"serviceType":"DAY_CENTRE","offerId":%d,"unitsPerWeek":3,"startOn":"%s"}"""
                .formatted(outcome, day, today.plusMonths(1))).andExpect(status().isOk());
        change("/api/plans/" + plan + "/services", 4, """
                {"outcomeId":%d,"serviceType":"DOMICILIARY_CARE","offerId":%d,"unitsPerWeek":1,"startOn":"%s","endOn":"%s"}"""
                .formatted(outcome, care, today.minusDays(30), today.minusDays(1))).andExpect(status().isOk())
                // 7.5 x 21.40 = 160.50; 2 x 45.00 = 90.00; weekly 250.50; annual 250.50 x 52 = 13026.00
                .andExpect(jsonPath("$.weeklyCost").value(250.50)).andExpect(jsonPath("$.annualCost").value(13026.00))
                .andExpect(jsonPath("$.services[?(@.serviceType == 'DOMICILIARY_CARE' && @.unitsPerWeek == 7.5)].unitCost").value(hasItems(21.40)))
                .andExpect(jsonPath("$.services[?(@.serviceType == 'DAY_CENTRE')].inHouse").value(hasItems(true)))
                .andExpect(header().string("ETag", "\"5\""));
        assertThat(jdbc.sql("SELECT weekly_cost FROM planning_facts_plans WHERE id = :p").param("p", plan).query(java.math.BigDecimal.class)
                .single()).isEqualByComparingTo("250.50");
    }

    @Test
    void outcomesMustMeetAnEligibleNeedAndBadInputNamesEveryField() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long plan = create(s);
        change("/api/plans/" + plan + "/outcomes", 0, "{\"needId\":%d,\"outcome\":\" \"}".formatted(s.ineligibleNeed()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItems("needId", "outcome")));
        long outcome = outcome(plan, s.eligibleNeed(), 0);
        change("/api/plans/" + plan + "/services", 1, """
                {"outcomeId":999999999,"serviceType":"PARENTING","offerId":1,"unitsPerWeek":-2,"startOn":"2026-02-30","endOn":"x"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("outcomeId", "serviceType", "unitsPerWeek", "startOn", "endOn")));
        change("/api/plans/" + plan + "/services", 1, "{\"outcomeId\":%d,\"serviceType\":\"DAY_CENTRE\",\"unitsPerWeek\":\"abc\"}".formatted(outcome))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("unitsPerWeek"));
        assertThat(jdbc.sql("SELECT count(*) FROM plan_service WHERE plan_id = :p").param("p", plan).query(Integer.class).single()).isZero();
    }

    @Test
    void changesNeedIfMatchAndAStaleOneIsRefusedWithNothingOverwritten() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long plan = create(s);
        mvc.perform(post("/api/plans/" + plan + "/outcomes").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"needId\":%d,\"outcome\":\"To stay at home\"}".formatted(s.eligibleNeed()))).andExpect(status().isPreconditionRequired());
        outcome(plan, s.eligibleNeed(), 0);
        change("/api/plans/" + plan + "/risks", 0, "{\"risk\":\"Falls at night\",\"level\":\"HIGH\",\"management\":\"Telecare pendant\"}")
                .andExpect(status().isPreconditionFailed());
        change("/api/plans/" + plan + "/risks", 1, "{\"risk\":\"Falls at night\",\"level\":\"HIGH\",\"management\":\"Telecare pendant\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcomes.length()").value(1)).andExpect(jsonPath("$.risks.length()").value(1));
    }

    @Test
    void agreeingKeepsTheVersionAsAgreedWithItsCostAndLaterChangesMarkThePlanChanged() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long care = PlanFixture.offer(jdbc, "DOMICILIARY_CARE", "HOUR", "21.40", false);
        long plan = create(s);
        long outcome = outcome(plan, s.eligibleNeed(), 0);
        change("/api/plans/" + plan + "/services", 1, """
                {"outcomeId":%d,"serviceType":"DOMICILIARY_CARE","offerId":%d,"unitsPerWeek":7.5,"startOn":"%s"}"""
                .formatted(outcome, care, today.minusDays(3))).andExpect(status().isOk());
        change("/api/plans/" + plan + "/support", 2, "{\"outcomeId\":%d,\"source\":\"FAMILY\",\"who\":\"Daughter\",\"what\":\"Shops on Saturdays\"}"
                .formatted(outcome)).andExpect(status().isOk());
        change("/api/plans/" + plan + "/agreement", 3, "{\"byAdvocate\":true,\"agreedOn\":\"%s\"}".formatted(today))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("advocateName"));
        change("/api/plans/" + plan + "/agreement", 3, "{\"byPerson\":true,\"byAdvocate\":true,\"advocateName\":\"Siôn Advocate\",\"agreedOn\":\"%s\",\"note\":\"Agreed at home\"}"
                .formatted(today)).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("AGREED"))
                .andExpect(jsonPath("$.agreedVersions").value(1)).andExpect(jsonPath("$.changed").value(false));
        mvc.perform(get("/api/plans/" + plan + "/versions/1").with(DemoLogins.as("qa.officer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.version.weeklyCost").value(160.50)).andExpect(jsonPath("$.version.annualCost").value(8346.00))
                .andExpect(jsonPath("$.version.advocateName").value("Siôn Advocate"))
                .andExpect(jsonPath("$.content.outcomes[0].needId").value(s.eligibleNeed()))
                .andExpect(jsonPath("$.content.services[0].unitCost").value(21.40))
                .andExpect(jsonPath("$.content.services[0].providerName").isNotEmpty())
                .andExpect(jsonPath("$.content.support[0].source").value("FAMILY"));
        String content = jdbc.sql("SELECT content::text FROM plan_version WHERE plan_id = :p AND number = 1").param("p", plan)
                .query(String.class).single();
        assertThat((Object) JsonPath.read(content, "$.services[0].startOn")).isEqualTo(today.minusDays(3).toString());
        assertThat((Object) JsonPath.read(content, "$.services[0].endOn")).isNull();
        assertThat((Object) JsonPath.read(content, "$.services[0].inHouse")).isEqualTo(false);
        assertThat((Object) JsonPath.read(content, "$.reviewOn")).isNull();
        assertThat((java.util.List<?>) JsonPath.read(content, "$.risks")).isEmpty();
        change("/api/plans/" + plan + "/agreement", 4, "{\"byPerson\":true,\"agreedOn\":\"%s\"}".formatted(today))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("agreedBy"));
        change("/api/plans/" + plan + "/risks", 4, "{\"risk\":\"Falls\",\"level\":\"MEDIUM\",\"management\":\"Grab rails\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.changed").value(true)).andExpect(jsonPath("$.status").value("AGREED"));
        change("/api/plans/" + plan + "/agreement", 5, "{\"byCarer\":true,\"agreedOn\":\"%s\"}".formatted(today))
                .andExpect(status().isOk()).andExpect(jsonPath("$.agreedVersions").value(2)).andExpect(jsonPath("$.versions.length()").value(2));
        mvc.perform(get("/api/plans/" + plan + "/versions/1").with(DemoLogins.as("qa.officer")))
                .andExpect(jsonPath("$.content.risks.length()").value(0));
    }

    @Test
    void theCostsPageAddsUpLiveAgreedPlansByTeamServiceTypeAndSector() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long care = PlanFixture.offer(jdbc, "DOMICILIARY_CARE", "HOUR", "21.40", false);
        long day = PlanFixture.offer(jdbc, "DAY_CENTRE", "DAY", "45.00", true);
        long plan = create(s);
        long outcome = outcome(plan, s.eligibleNeed(), 0);
        change("/api/plans/" + plan + "/services", 1, """
                {"outcomeId":%d,"serviceType":"DOMICILIARY_CARE","offerId":%d,"unitsPerWeek":7.5,"startOn":"%s"}"""
                .formatted(outcome, care, today)).andExpect(status().isOk());
        change("/api/plans/" + plan + "/services", 2, """
                {"outcomeId":%d,"serviceType":"DAY_CENTRE","offerId":%d,"unitsPerWeek":2,"startOn":"%s"}"""
                .formatted(outcome, day, today)).andExpect(status().isOk());
        String draft = mvc.perform(get("/plans/costs").param("lang", "en").with(DemoLogins.as("finance.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(draft).doesNotContain("id=\"team-" + s.team() + "\"");
        change("/api/plans/" + plan + "/agreement", 3, "{\"byPerson\":true,\"agreedOn\":\"%s\"}".formatted(today)).andExpect(status().isOk());
        String page = mvc.perform(get("/plans/costs").param("lang", "en").with(DemoLogins.as("finance.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int row = page.indexOf("id=\"team-" + s.team() + "\"");
        assertThat(row).isPositive();
        // In-house 2 x 45.00 = 90.00, external 7.5 x 21.40 = 160.50; weekly 250.50, annual 13,026.00.
        assertThat(page.substring(row, page.indexOf("</tr>", row))).contains(">1<").contains(">£90.00<").contains(">£160.50<")
                .contains(">£250.50<").contains(">£13,026.00<");
    }

    @Test
    void aCarersAssessmentGivesACarersSupportPlanForThePersonCaredFor() throws Exception {
        long team = PlanFixture.team(jdbc);
        long caredFor = PlanFixture.person(jdbc, "Caredfor" + PlanFixture.unique());
        long carer = PlanFixture.person(jdbc, "Carer" + PlanFixture.unique());
        long assessment = PlanFixture.assessment(jdbc, carer, team, caredFor, true);
        long caseId = PlanFixture.openCase(jdbc, carer, team, assessment);
        mvc.perform(post("/api/plans").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\":%d,\"assessmentId\":%d}".formatted(caseId, assessment)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("CARER_SUPPORT"))
                .andExpect(jsonPath("$.caredForPersonId").value(caredFor)).andExpect(jsonPath("$.personId").value(carer));
        mvc.perform(post("/api/plans").with(DemoLogins.as("practitioner")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\":%d,\"assessmentId\":%d}".formatted(caseId, assessment)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("caseId"));
    }

    @Test
    void aRestrictedPersonsPlanIsNotFoundAndEveryReadIsAudited() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long plan = create(s);
        long before = PlanFixture.audits(superuser, "READ", "care_plan", plan, s.person());
        mvc.perform(get("/api/plans/" + plan).with(DemoLogins.as("qa.officer"))).andExpect(status().isOk());
        long after = PlanFixture.audits(superuser, "READ", "care_plan", plan, s.person());
        assertThat(after).isEqualTo(before + 1);
        assertThat(PlanFixture.audits(superuser, "CREATE", "care_plan", plan, s.person())).isEqualTo(1);
        PlanFixture.restrict(jdbc, s.person());
        mvc.perform(get("/api/plans/" + plan).with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + plan).with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/people/" + s.person() + "/panel").with(DemoLogins.as("practitioner"))).andExpect(status().isNotFound());
        change("/api/plans/" + plan + "/risks", 0, "{\"risk\":\"Falls\",\"level\":\"LOW\",\"management\":\"Rails\"}").andExpect(status().isNotFound());
    }

    @Test
    void councillorsSeeNoPlans() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long plan = create(s);
        mvc.perform(get("/api/plans/" + plan).with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/costs").with(DemoLogins.as("councillor"))).andExpect(status().isForbidden());
    }
}
