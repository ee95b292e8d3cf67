package cymru.gofal.browser;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.performance.internal.Period;
import cymru.gofal.people.PeopleFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The joint review as a reviewer and a senior manager do it (issue 7, point 10), in headless Chromium. Three children
 * were referred in the last complete quarter, one decided in time, against a target of 90% for SCC/006 that quarter.
 * The reviewer starts a review from the navigation (an empty title is refused first), freezes SCC/006 for that
 * quarter as evidence of Access, and asks Gofal to suggest ratings: Access is suggested Poor (no linked indicator on
 * target). She overrides it with Mainly good and a rationale, marked as differing from the suggestion; rates every
 * other area and judges both questions; writes a priority for action with an action for senior managers; and moves
 * the review on to published. The report shows the performance matrix and the rating tables, and its PDF opens. The
 * senior manager turns the action into an action plan line (a bad due date refused first), records progress, and
 * sees it on the follow-up. The report is read in Welsh once. axe-core finds no violation on any page visited.
 */
class JointReviewJourneyTest extends CaseJourneyPages {

    @Autowired
    JdbcClient jdbc;

    PerformanceJourneySetup records;
    Period lastQuarter;
    String title;

    @BeforeEach
    void newVisitorAndReferralsOfTheLastCompleteQuarterWithATarget() {
        clock.reset();
        open("/sign-in");
        driver.manage().deleteAllCookies();
        lastQuarter = Period.quartersTo(today(), 2).get(0);
        records = new PerformanceJourneySetup(jdbc);
        records.referrals(lastQuarter.start());
        jdbc.sql("""
                INSERT INTO indicator_target (authority_id, indicator_code, financial_year, quarter, target, set_by)
                VALUES (1, 'SCC/006', :y, :q, 90, 'journey')
                ON CONFLICT (authority_id, indicator_code, financial_year, coalesce(quarter, 0)) DO UPDATE SET target = 90""")
                .param("y", lastQuarter.financialYear()).param("q", lastQuarter.quarter()).update();
        title = "Self-check of children's access " + PeopleFixture.unique();
    }

    @AfterEach
    void noTarget() {
        jdbc.sql("DELETE FROM indicator_target WHERE authority_id = 1 AND indicator_code = 'SCC/006' AND financial_year = :y AND quarter = :q")
                .param("y", lastQuarter.financialYear()).param("q", lastQuarter.quarter()).update();
    }

    @Test
    void aReviewerJudgesOnEvidenceAndPublishesAndASeniorManagerPlansTheActions() throws Exception {
        String reviewUrl = startsAReview();
        freezesAnIndicatorAndAsksForSuggestions(reviewUrl);
        overridesTheSuggestionAndRatesEveryArea(reviewUrl);
        String action = writesAPriorityAndPublishes(reviewUrl);
        readsTheReportAndItsPdf();
        assertThat(inWelsh(driver.getCurrentUrl().replace("http://localhost:" + port, ""), "report")).isEqualTo("cy");
        open("/?lang=en");
        signOutAndIn("senior.manager");
        turnsTheActionIntoAPlanAndRecordsProgress(reviewUrl, action);
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    private String startsAReview() {
        signIn("reviewer");
        click("nav-joint-reviews");
        assertThat(heading()).isEqualTo(msg("review.reviews.title"));
        check("joint reviews");
        click("create-review");
        assertThat(errorSummary()).isNotBlank();
        check("a review without a title refused");
        type("title", title);
        click("create-review");
        assertThat(heading()).isEqualTo(title);
        check("the new review");
        return driver.getCurrentUrl();
    }

    private void freezesAnIndicatorAndAsksForSuggestions(String reviewUrl) {
        click("evidence-link");
        check("evidence, none yet");
        follow(driver.findElement(By.cssSelector("#add-links a[href$='/new/indicator']")));
        click("save");
        assertThat(errorSummary()).isNotBlank();
        check("indicator evidence refused without an indicator");
        new Select(driver.findElement(By.id("indicatorCode"))).selectByValue("SCC/006");
        type("periodFrom", typed(lastQuarter.start()));
        type("periodTo", typed(lastQuarter.end()));
        long access = jdbc.sql("SELECT id FROM review_area WHERE framework = 'JR_WALES_2007' AND code = 'ACCESS'").query(Long.class).single();
        WebElement box = driver.findElement(By.cssSelector("input[name='areas'][value='" + access + "']"));
        if (!box.isSelected()) {
            box.click();
        }
        click("save");
        check("indicator evidence frozen");
        open(reviewUrl.replace("http://localhost:" + port, "") + "/evidence");
        assertThat(text("main-content")).contains("SCC/006");
        click("suggest-ratings");
        assertThat(row("suggestions", "Access").getText()).contains("Poor");
        check("suggested ratings");
        driver.get(reviewUrl);
    }

    private void overridesTheSuggestionAndRatesEveryArea(String reviewUrl) {
        assertThat(text("suggestion-ACCESS")).contains("Poor").contains("Access");
        rate("ACCESS", "MAINLY_GOOD", "Most contacts are answered the same day; the children's figure is a small quarter.");
        assertThat(driver.findElement(By.cssSelector("#main-content")).getText()).contains(msg("review.differsFromSuggestion"));
        check("a rating that differs from the suggestion");
        for (String area : List.of("ASSESSMENT", "CARE_MANAGEMENT", "RANGE", "QUALITY", "PROTECTION", "INDEPENDENCE")) {
            rate(area, "MAINLY_GOOD", "Read in the case files sampled.");
        }
        for (String area : List.of("RESOURCES", "PLANNING", "COMMISSIONING", "WORKFORCE", "PERFORMANCE_MANAGEMENT", "LEADERSHIP", "SCRUTINY")) {
            rate(area, "WELL_PLACED", "Seen in the plans and interviews.");
        }
        judge("Q1", "MAINLY_GOOD");
        judge("Q2", "WELL_PLACED");
        check("every area rated and both questions judged");
    }

    private void rate(String area, String level, String rationale) {
        WebElement form = driver.findElement(By.id("area-" + area));
        form.findElement(By.cssSelector("input[name='level'][value='" + level + "']")).click();
        WebElement box = form.findElement(By.tagName("textarea"));
        box.clear();
        box.sendKeys(rationale);
        follow(form.findElement(By.cssSelector("button[type='submit']")));
        assertThat(driver.findElements(By.className("govuk-error-summary"))).as("rating " + area).isEmpty();
    }

    private void judge(String question, String level) {
        WebElement form = driver.findElement(By.xpath("//form[.//input[@name='question' and @value='" + question + "']]"));
        form.findElement(By.cssSelector("input[name='level'][value='" + level + "']")).click();
        form.findElement(By.tagName("textarea")).sendKeys("On balance, from the evidence and the areas' ratings.");
        follow(form.findElement(By.cssSelector("button[type='submit']")));
        assertThat(driver.findElements(By.className("govuk-error-summary"))).as("judgement " + question).isEmpty();
    }

    private String writesAPriorityAndPublishes(String reviewUrl) {
        type("priority-title", "Deciding children's referrals within a working day");
        follow(driver.findElement(By.xpath("//input[@id='priority-title']/ancestor::form//button")));
        long priority = jdbc.sql("SELECT p.id FROM review_priority p JOIN review r ON r.id = p.review_id WHERE r.title = :t")
                .param("t", title).query(Long.class).single();
        String action = "Make the duty rota cover every working day";
        new Select(driver.findElement(By.id("audience-" + priority))).selectByValue("SENIOR_MANAGERS");
        type("action-" + priority, action);
        follow(driver.findElement(By.xpath("//input[@id='action-" + priority + "']/ancestor::form//button")));
        assertThat(text("priorities")).contains("1. Deciding children's referrals within a working day").contains(action);
        check("a priority for action");
        for (String status : List.of("FIELDWORK", "JUDGEMENT", "PUBLISHED")) {
            follow(driver.findElement(By.cssSelector("#status button")));
            assertThat(driver.findElements(By.className("govuk-error-summary"))).as("moving to " + status).isEmpty();
            assertThat(text("version")).contains(msg("review.status." + status));
        }
        check("the published review");
        return action;
    }

    private void readsTheReportAndItsPdf() throws Exception {
        click("review-report-link");
        assertThat(heading()).isEqualTo(title);
        assertThat(driver.findElements(By.cssSelector("svg[role='img']"))).isNotEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Access").contains("Mainly good").contains("Well placed")
                .contains("Deciding children's referrals within a working day");
        check("the report");
        String pdfUrl = driver.findElement(By.id("download-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = records.fetch(pdfUrl, driver.manage().getCookies());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(PerformanceJourneySetup.pdfText(pdf.body())).contains(title).contains("Mainly good");
    }

    private void turnsTheActionIntoAPlanAndRecordsProgress(String reviewUrl, String action) {
        driver.get(reviewUrl);
        click("action-plan-link");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(action);
        check("the action plan, empty");
        long actionId = jdbc.sql("""
                SELECT a.id FROM review_action a JOIN review_priority p ON p.id = a.priority_id JOIN review r ON r.id = p.review_id
                 WHERE r.title = :t""").param("t", title).query(Long.class).single();
        click("add-line-" + actionId);
        type("description", "Add a second duty worker on Mondays and after bank holidays");
        type("ownerPost", "Head of children's services");
        type("dueOn", "31/2/2027");
        type("measure", "SCC/006 at 90% or more for two quarters running");
        new Select(driver.findElement(By.id("indicator"))).selectByValue("SCC/006");
        type("target", "90");
        click("save-line");
        assertThat(errorSummary()).isNotBlank();
        assertThat(driver.findElement(By.id("description")).getAttribute("value")).startsWith("Add a second duty worker");
        check("a plan line refused with an impossible date");
        type("dueOn", typed(today().plusMonths(3)));
        click("save-line");
        assertThat(driver.findElements(By.className("govuk-error-summary"))).isEmpty();
        check("the plan line saved");
        if (driver.findElements(By.id("progress-form")).isEmpty()) {
            follow(driver.findElement(By.cssSelector("#line-" + lineId() + " a")));
        }
        type("progressOn", typed(today()));
        type("text", "Rota changed from next month; the second duty worker is recruited.");
        new Select(driver.findElement(By.cssSelector("#progress-form #status"))).selectByValue("IN_PROGRESS");
        click("record-progress");
        assertThat(text("progress-history")).contains("Rota changed from next month");
        check("progress recorded");
        follow(driver.findElement(By.id("back-link")));
        click("follow-up-link");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Add a second duty worker on Mondays")
                .contains(msg("review.actions.status.IN_PROGRESS")).contains("Rota changed from next month").contains("SCC/006");
        check("the follow-up");
    }

    private long lineId() {
        return jdbc.sql("""
                SELECT l.id FROM review_plan_line l JOIN review_action a ON a.id = l.action_id JOIN review_priority p ON p.id = a.priority_id
                  JOIN review r ON r.id = p.review_id WHERE r.title = :t""").param("t", title).query(Long.class).single();
    }
}
