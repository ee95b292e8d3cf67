package cymru.gofal.planning;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cymru.gofal.platform.web.Dates;
import cymru.gofal.support.DemoLogins;
import cymru.gofal.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The plan pages: start, outcomes and costed services, a clear conflict message, agreement, English and Welsh. */
@IntegrationTest
class PlanPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(Dates.LONDON);

    long start(PlanFixture.Setup s) throws Exception {
        MvcResult r = mvc.perform(post("/plans").param("person", "" + s.person()).param("caseId", "" + s.caseId())
                        .param("assessmentId", "" + s.assessment()).with(csrf()).with(DemoLogins.as("practitioner")))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/plans/*")).andReturn();
        return Long.parseLong(r.getResponse().getRedirectedUrl().replace("/plans/", ""));
    }

    MvcResult submit(String path, String... params) throws Exception {
        var req = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(csrf()).with(DemoLogins.as("practitioner"));
        for (int i = 0; i < params.length; i += 2) {
            req.param(params[i], params[i + 1]);
        }
        return mvc.perform(req).andExpect(status().is3xxRedirection()).andReturn();
    }

    String page(String path, MvcResult after) throws Exception {
        return mvc.perform(get(path).param("lang", "en").with(DemoLogins.as("practitioner")).with(PlanFixture.flash(after)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aPlanStartedOnThePageShowsItsOutcomesServicesAndCosts() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long offer = PlanFixture.offer(jdbc, "DOMICILIARY_CARE", "HOUR", "21.40", false);
        String form = mvc.perform(get("/plans/new").param("person", "" + s.person()).param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"" + s.caseId() + "\"").contains("value=\"" + s.assessment() + "\"");
        long plan = start(s);
        String view = page("/plans/" + plan, submit("/plans/" + plan + "/outcomes", "version", "0", "needId", "" + s.eligibleNeed(),
                "outcome", "Bod yn annibynnol gartref"));
        assertThat(view).contains("Outcome added").contains("Bod yn annibynnol gartref").contains("Needs help to wash and dress");
        long outcome = jdbc.sql("SELECT id FROM plan_outcome WHERE plan_id = :p").param("p", plan).query(Long.class).single();
        String serviceForm = mvc.perform(get("/plans/" + plan + "/services/new").param("outcome", "" + outcome).param("type", "DOMICILIARY_CARE")
                .param("lang", "en").with(DemoLogins.as("practitioner"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(serviceForm).contains("value=\"" + offer + "\"").contains("£21.40");
        MvcResult added = submit("/plans/" + plan + "/services", "version", "1", "outcomeId", "" + outcome, "serviceType", "DOMICILIARY_CARE",
                "offerId", "" + offer, "unitsPerWeek", "7.5", "startOn", today.toString());
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/plans/" + plan);
        view = page("/plans/" + plan, added);
        assertThat(view).contains("id=\"weekly-cost\">£160.50<").contains("id=\"annual-cost\">£8,346.00<")
                .contains("Weekly cost: units a week times unit cost");
        String welsh = mvc.perform(get("/plans/" + plan).param("lang", "cy").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(welsh).contains("Cynllun gofal a chymorth").contains("Canlyniadau personol");
        mvc.perform(get("/plans/" + plan).param("lang", "en").with(DemoLogins.as("practitioner"))).andExpect(status().isOk());
    }

    @Test
    void aSecondEditorWorkingFromAnOldPageIsToldAndKeepsWhatTheyTyped() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long plan = start(s);
        submit("/plans/" + plan + "/risks", "version", "0", "risk", "Falls at night", "level", "HIGH", "management", "Pendant alarm");
        MvcResult stale = submit("/plans/" + plan + "/risks", "version", "0", "risk", "Missed medication", "level", "MEDIUM",
                "management", "Blister packs");
        String view = page("/plans/" + plan, stale);
        assertThat(view).contains("Someone else changed this plan after you opened it").contains("id=\"stale-warning\"")
                .contains("Missed medication").contains("Blister packs").contains("Falls at night");
        assertThat(jdbc.sql("SELECT count(*) FROM plan_risk WHERE plan_id = :p").param("p", plan).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void badInputComesBackInTheErrorSummary() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long plan = start(s);
        String view = page("/plans/" + plan, submit("/plans/" + plan + "/outcomes", "version", "0", "needId", "" + s.ineligibleNeed(), "outcome", ""));
        assertThat(view).contains("govuk-error-summary").contains("href=\"#needId\"").contains("Choose the eligible need the outcome meets")
                .contains("href=\"#outcome\"");
        view = page("/plans/" + plan, submit("/plans/" + plan + "/agreement", "version", "0", "agreedOn", "31/2/2026"));
        assertThat(view).contains("Say who agreed the plan").contains("The date agreed must be a real date")
                .contains("Add at least one personal outcome");
    }

    @Test
    void agreeingOnThePageKeepsAVersionShownReadOnly() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long plan = start(s);
        submit("/plans/" + plan + "/outcomes", "version", "0", "needId", "" + s.eligibleNeed(), "outcome", "To see my friends at the day centre");
        MvcResult agreed = submit("/plans/" + plan + "/agreement", "version", "1", "byPerson", "yes", "agreedOn", today.toString());
        assertThat(page("/plans/" + plan, agreed)).contains("Agreement recorded").contains("/plans/" + plan + "/versions/1");
        String version = mvc.perform(get("/plans/" + plan + "/versions/1").param("lang", "en").with(DemoLogins.as("qa.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(version).contains("To see my friends at the day centre").contains("It cannot be changed").doesNotContain("action=\"/plans");
        mvc.perform(get("/plans/" + plan + "/versions/2").with(DemoLogins.as("qa.officer"))).andExpect(status().isNotFound());
        // need-to-know: a reviewer sees the person's plans only through a case sampled for them in a review
        mvc.perform(get("/plans/" + plan + "/versions/1").with(DemoLogins.as("reviewer"))).andExpect(status().isNotFound());
        String panel = mvc.perform(get("/plans/people/" + s.person() + "/panel").param("lang", "en").with(DemoLogins.as("practitioner")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(panel).contains("/plans/" + plan).contains("Agreed").doesNotContain("<html");
    }

    @Test
    void directPaymentsAreOfferedThenAcceptedOrDeclinedWithTheirChecks() throws Exception {
        var s = PlanFixture.Setup.create(jdbc);
        long plan = start(s);
        submit("/plans/" + plan + "/direct-payments", "offeredOn", today.minusDays(2).toString());
        long dp = jdbc.sql("SELECT id FROM direct_payment WHERE plan_id = :p").param("p", plan).query(Long.class).single();
        String view = page("/plans/" + plan, submit("/plans/" + plan + "/direct-payments/" + dp + "/decision", "dpVersion", "0",
                "decision", "ACCEPTED", "decidedOn", today.toString(), "weeklyAmount", "-5", "startOn", ""));
        assertThat(view).contains("href=\"#weeklyAmount-" + dp + "\"").contains("href=\"#managedBy-" + dp + "\"")
                .contains("href=\"#startOn-" + dp + "\"");
        view = page("/plans/" + plan, submit("/plans/" + plan + "/direct-payments/" + dp + "/decision", "dpVersion", "0",
                "decision", "DECLINED", "decidedOn", today.toString(), "declineReason", ""));
        assertThat(view).contains("Enter why the direct payment was declined");
        MvcResult declined = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/plans/" + plan + "/direct-payments/" + dp + "/decision")
                .param("dpVersion", "0").param("decision", "DECLINED").param("decidedOn", today.toString())
                .param("declineReason", "Would rather the council arranged care").param("barriers", "EMPLOYER_RESPONSIBILITIES", "TOO_COMPLICATED")
                .with(csrf()).with(DemoLogins.as("practitioner"))).andExpect(redirectedUrl("/plans/" + plan)).andReturn();
        assertThat(page("/plans/" + plan, declined)).contains("Decision on the direct payment recorded").contains("Finds it too complicated");
        assertThat(jdbc.sql("SELECT array_to_string(barriers, ',') FROM direct_payment WHERE id = :d").param("d", dp).query(String.class).single())
                .isEqualTo("EMPLOYER_RESPONSIBILITIES,TOO_COMPLICATED");
        String summary = mvc.perform(get("/plans/direct-payments").param("lang", "en").with(DemoLogins.as("finance.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(summary).contains("id=\"barrier-TOO_COMPLICATED\"");
        // A new offer, accepted.
        submit("/plans/" + plan + "/direct-payments", "offeredOn", today.toString());
        long second = jdbc.sql("SELECT max(id) FROM direct_payment WHERE plan_id = :p").param("p", plan).query(Long.class).single();
        submit("/plans/" + plan + "/direct-payments/" + second + "/decision", "dpVersion", "0", "decision", "ACCEPTED", "decidedOn", today.toString(),
                "weeklyAmount", "120.50", "managedBy", "SUITABLE_PERSON", "startOn", today.toString(), "reviewOn", today.plusMonths(3).toString());
        assertThat(jdbc.sql("SELECT weekly_amount FROM direct_payment WHERE id = :d").param("d", second).query(java.math.BigDecimal.class).single())
                .isEqualByComparingTo("120.50");
    }

    static int count(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(page);
        assertThat(m.find()).as(id).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
