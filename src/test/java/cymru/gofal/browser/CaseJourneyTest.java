package cymru.gofal.browser;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case from allocation through plan, review and closure as people do it (issue 5, point 9), in headless Chromium. An
 * assessment fed through the API finds a Welsh-speaking woman eligible, so her case opens unallocated. The team manager
 * judges it complex (dementia, an adult at risk), tries the social work assistant, is warned he does not fit and asked for
 * a reason, then allocates the registered social worker who fits, and the caseloads show it. The social worker finds the
 * case in her cases, records a significant home visit and corrects it (the first version stays readable), starts a care
 * and support plan from the eligible need with domiciliary care from the catalogue (its weekly and annual cost to the
 * penny), a day centre place that cannot be had (waiting list), her daughter's help, a risk and a review date, and agrees
 * it (version 1 kept). The manager sees the unmet need. Seven weeks later the review is overdue in the worker's tray; she
 * records it held (what is working, what is not, what matters now; continue). The person moves away: the manager closes
 * the case with a reason and summary, and the plan shows as ended. A case page and a plan page are read in Welsh. axe-core
 * finds no violation on any page visited.
 */
class CaseJourneyTest extends CaseJourneyPages {

    /** Unit cost of the domiciliary care offer, hours a week planned, and the plan's weekly and annual cost from them. */
    private static final String UNIT_COST = "21.40";
    private static final String HOURS = "10.5";
    private static final String WEEKLY = "£224.70";
    private static final String ANNUAL = "£11,684.40";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void newVisitorTeamProviderAndAssessedPerson() throws Exception {
        clock.reset();
        open("/sign-in");
        driver.manage().deleteAllCookies();
        journey = new CaseJourneySetup(jdbc, port);
        journey.team();
        journey.provider(UNIT_COST);
        journey.assessedPerson(today());
    }

    @AfterEach
    void giveBackStaffAndTime() {
        clock.reset();
        journey.giveBack();
    }

    @Test
    void aCaseIsAllocatedByFitPlannedAndCostedReviewedWhenOverdueAndClosedEndingItsPlan() {
        String caseUrl = managerJudgesAndAllocates();
        String planUrl = workerRecordsNotesAndAgreesAPlan(caseUrl);
        managerSeesTheUnmetNeed();
        workerHoldsTheOverdueReview(planUrl);
        managerClosesTheCase(caseUrl, planUrl);
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    private String managerJudgesAndAllocates() {
        signIn("team.manager");
        personPage(journey.person);
        assertThat(text("casework-panel")).contains(msg("casework.unallocated"));
        check("person with a case and no plan");
        follow(driver.findElement(By.cssSelector("#casework-panel a[href*='/cases/']:not([href*='/new'])")));
        String caseUrl = driver.getCurrentUrl();
        assertThat(text("case-status")).isEqualTo(msg("casework.status.open"));
        assertThat(text("worker")).contains(msg("casework.unallocated"));
        assertThat(text("case-needs")).contains("Welsh language");
        check("new case, unallocated");

        choose("complexity", "HIGH");
        tick("needs", "DEMENTIA");
        tick("needs", "ADULT_SAFEGUARDING");
        click("save-profile");
        assertThat(text("saved")).contains(msg("casework.saved.profile"));
        assertThat(text("case-needs")).contains("Dementia").contains("Adult at risk").contains("Welsh language");
        click("allocate-link");
        assertThat(heading()).isEqualTo(msg("casework.allocation.title"));
        WebElement first = driver.findElement(By.cssSelector("#candidates .govuk-radios__item"));
        assertThat(first.getText()).contains(journey.practitionerName).contains(msg("casework.fit.fits"));
        assertThat(text("reasons-" + journey.practitioner)).contains(msg("casework.why.registeredNeeded"))
                .contains(msg("casework.why.skillHeld", "Dementia")).contains(msg("casework.why.welshNeeded"));
        assertThat(text("reasons-" + journey.assistant)).contains(msg("casework.why.notRegisteredNeeded"))
                .contains(msg("casework.why.skillLacking", "Dementia")).contains(msg("casework.why.noWelshNeeded"));
        check("allocation with suggested staff");

        tick("staffId", String.valueOf(journey.assistant));
        click("allocate");
        assertThat(errorSummary()).contains(msg("casework.overrideReason.error.required"));
        assertThat(text("misfit-warning")).contains(journey.assistantName);
        check("allocation refused without an override reason");
        tick("staffId", String.valueOf(journey.practitioner));
        click("allocate");
        assertThat(text("saved")).contains(msg("casework.saved.allocated"));
        assertThat(text("worker")).contains(journey.practitionerName).contains(msg("casework.fit.fits"));
        assertThat(text("allocations")).contains(journey.practitionerName);
        check("case allocated");

        click("nav-cases");
        choose("team", String.valueOf(journey.team));
        click("show-team");
        assertThat(cells(row("workers", journey.practitionerName)).subList(1, 4)).containsExactly("1", "3", "20");
        assertThat(driver.findElements(By.id("unallocated"))).isEmpty();
        check("team caseloads");
        return caseUrl;
    }

    private String workerRecordsNotesAndAgreesAPlan(String caseUrl) {
        signOutAndIn("practitioner");
        click("nav-cases");
        assertThat(heading()).isEqualTo(msg("casework.mine.title"));
        check("my cases");
        follow(row("my-cases", journey.personName).findElement(By.tagName("a")));
        assertThat(driver.getCurrentUrl()).isEqualTo(caseUrl);

        choose("noteType", "HOME_VISIT");
        type("occurredTime", "10:30");
        type("body", "Visited Angharad at home with her daughter. She was confused about the day and had not eaten.");
        driver.findElement(By.id("significant")).click();
        click("add-note");
        assertThat(text("saved")).contains(msg("casework.saved.note"));
        WebElement note = card("had not eaten");
        assertThat(note.getText()).contains(msg("casework.note.significant"));
        assertThat(row("chronology", msg("casework.chronology.note", "Home visit")).getText()).contains("had not eaten");
        assertThat(text("chronology")).contains(msg("casework.chronology.allocated", journey.practitionerName));
        check("case with a significant note");
        follow(note.findElement(By.cssSelector("a[href*='/correction']")));
        assertThat(heading()).isEqualTo(msg("casework.correction.title"));
        check("correct a note");
        type("body", "Visited Angharad at home with her daughter Meinir. She was confused about the day and had not eaten since breakfast.");
        type("correctionReason", "Her daughter's name and when she last ate were missing");
        click("save-correction");
        assertThat(text("saved")).contains(msg("casework.saved.corrected"));
        note = card("since breakfast");
        assertThat(note.getText()).contains(msg("casework.note.corrected")).contains("Her daughter's name and when she last ate");
        note.findElement(By.className("govuk-details__summary")).click();
        assertThat(note.findElement(By.className("govuk-details__text")).getText())
                .contains("She was confused about the day and had not eaten.");
        check("case with a corrected note, earlier version open");
        assertThat(inWelsh(caseUrl.substring(caseUrl.indexOf("/cases/")), "case")).isEqualTo("cy");
        assertThat(text("case-status")).isEqualTo(cy("casework.status.open"));
        open("/?lang=en");

        personPage(journey.person);
        follow(driver.findElement(By.cssSelector("#planning-panel a[href*='/plans/new']")));
        assertThat(heading()).isEqualTo(msg("planning.new.title"));
        check("start a plan");
        click("start-plan");
        assertThat(text("saved")).contains(msg("planning.saved.created"));
        assertThat(text("status-tag")).isEqualTo(msg("planning.status.DRAFT"));
        String planUrl = driver.getCurrentUrl();
        chooseIndex("needId", 1);
        type("outcome", "I want to be washed and dressed each morning so that I can still go to chapel on Sundays");
        click("add-outcome");
        assertThat(text("saved")).contains(msg("planning.saved.outcome"));
        check("plan with an outcome");

        addService("DOMICILIARY_CARE");
        driver.findElement(By.xpath("//div[contains(@class,'govuk-radios__item')][label[contains(., '" + journey.providerName + "')]]/input"))
                .click();
        type("unitsPerWeek", HOURS);
        click("add-service");
        assertThat(text("saved")).contains(msg("planning.saved.service"));
        assertThat(serviceRow(journey.providerName).getText()).contains("£21.40").contains(WEEKLY);
        assertThat(text("weekly-cost")).isEqualTo(WEEKLY);
        assertThat(text("annual-cost")).isEqualTo(ANNUAL);
        addService("DAY_CENTRE");
        tick("offerId", "UNMET");
        type("unitsPerWeek", "2");
        choose("unmetReason", "WAITING_LIST");
        type("unmetNote", "No day centre place near Tregaron until the spring");
        click("add-service");
        assertThat(serviceRow(msg("planning.unmet")).getText()).contains("Day centre").contains("On a waiting list");
        assertThat(text("weekly-cost")).isEqualTo(WEEKLY);
        check("plan with a costed service and an unmet one");

        chooseIndex("supportOutcomeId", 1);
        choose("source", "FAMILY");
        type("who", "Meinir, her daughter");
        type("what", "Does her shopping and stays on Sunday nights");
        click("add-support");
        assertThat(text("saved")).contains(msg("planning.saved.support"));
        type("risk", "Falls on the stairs at night when confused");
        choose("level", "MEDIUM");
        type("management", "Telecare pendant and a stair gate; carers check both at the evening call");
        click("add-risk");
        assertThat(text("risks")).contains("Falls on the stairs");
        LocalDate reviewOn = today().plusWeeks(6);
        type("reviewOn", typed(reviewOn));
        click("save-review-on");
        assertThat(text("review-on")).isEqualTo(shown(reviewOn));
        check("plan ready to agree");
        driver.findElement(By.id("agreedBy")).click();
        driver.findElement(By.id("byCarer")).click();
        type("note", "Agreed at home with Angharad and Meinir, in Welsh");
        click("agree");
        assertThat(text("saved")).contains(msg("planning.saved.agreed"));
        assertThat(text("status-tag")).isEqualTo(msg("planning.status.AGREED"));
        assertThat(row("versions", msg("planning.version.number", 1)).getText()).contains(WEEKLY).contains(ANNUAL);
        assertThat(text("next-review")).isEqualTo(shown(reviewOn));
        check("plan agreed, version 1 kept");
        assertThat(inWelsh(planUrl.substring(planUrl.indexOf("/plans/")), "agreed plan")).isEqualTo("cy");
        assertThat(text("status-tag")).isEqualTo(cy("planning.status.AGREED"));
        open("/?lang=en");
        return planUrl;
    }

    /** From the plan page, the outcome's "add a service" link and the service type chosen. */
    private void addService(String type) {
        follow(driver.findElement(By.cssSelector("div[id^='outcome-'] a[href*='/services/new']")));
        choose("serviceType", type);
        click("choose-type");
        check("add a service: " + type);
    }

    private void managerSeesTheUnmetNeed() {
        signOutAndIn("team.manager");
        click("nav-plans");
        assertThat(heading()).isEqualTo(msg("planning.unmetNeed.title"));
        assertThat(row("waiting", journey.personName).getText()).contains("Day centre").contains("On a waiting list");
        check("unmet need");
    }

    private void workerHoldsTheOverdueReview(String planUrl) {
        signOutAndIn("practitioner");
        click("nav-work");
        WebElement row = trayRow(journey.personName);
        assertThat(row.getText()).contains(msg("planning.review.work")).doesNotContain(msg("casework.tag.overdue"));
        check("my work with a review scheduled");

        clock.advance(Duration.ofDays(49));
        click("nav-work");
        row = trayRow(journey.personName);
        assertThat(row.getText()).contains(msg("planning.review.work")).contains(msg("casework.tag.overdue"));
        check("my work with the review overdue");
        follow(row.findElement(By.cssSelector("a[href*='/reviews/']")));
        assertThat(text("overdue-tag")).isEqualTo(msg("planning.review.overdue"));
        check("overdue review");
        type("heldOn", typed(today()));
        type("attendees", "Angharad, Meinir (daughter), Rhian (social worker)");
        type("whatIsWorking", "The morning calls: she is washed, dressed and eats breakfast");
        type("whatIsNotWorking", "Still no day centre place; she is lonely in the week");
        type("whatMattersNow", "Going to chapel and seeing her friends");
        tick("outcome", "CONTINUE");
        click("record");
        assertThat(text("saved")).contains(msg("planning.review.saved.held"));
        assertThat(text("status")).isEqualTo(msg("planning.review.status.HELD"));
        assertThat(text("held")).contains("Going to chapel");
        check("review held late, next scheduled");
        driver.get(planUrl);
        assertThat(text("status-tag")).isEqualTo(msg("planning.status.AGREED"));
    }

    private void managerClosesTheCase(String caseUrl, String planUrl) {
        signOutAndIn("team.manager");
        driver.get(caseUrl);
        choose("reason", "MOVED_AWAY");
        type("summary", "Moved to live with her daughter in Aberystwyth; handed over to Ceredigion adult services with her plan");
        click("close");
        assertThat(text("saved")).contains(msg("casework.saved.closed"));
        assertThat(text("case-status")).isEqualTo(msg("casework.status.closed"));
        assertThat(text("closure-reason")).isEqualTo("Moved out of the area");
        check("case closed");
        driver.get(planUrl);
        assertThat(text("status-tag")).isEqualTo(msg("planning.status.ENDED"));
        assertThat(text("ended")).contains(shown(today()));
        check("plan ended by the case closing");
        follow(row("versions", msg("planning.version.number", 1)).findElement(By.tagName("a")));
        assertThat(text("version-weekly")).isEqualTo(WEEKLY);
        assertThat(text("version-annual")).isEqualTo(ANNUAL);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("go to chapel on Sundays").contains(journey.providerName);
        check("version 1 as agreed");
    }
}
