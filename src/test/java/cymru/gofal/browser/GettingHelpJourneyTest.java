package cymru.gofal.browser;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cymru.gofal.people.PeopleFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Getting help as people do it (issue 4, point 10), in headless Chromium: a duty worker records a contact about an
 * adult with a carer and refers her for assessment; the team manager screens the referral in and allocates the
 * assessment; the worker finds it in their work tray, records an eligible need and a risk tool, offers the carer an
 * assessment and completes it; the manager signs it off. A referral received weeks ago, fed through the API, shows
 * as overdue in the team's unallocated work, and so does its assessment once screened in. The tray and an assessment
 * are read in Welsh once. axe-core finds no violation on any page visited.
 */
class GettingHelpJourneyTest extends GettingHelpPages {

    @Autowired
    JdbcClient jdbc;

    /** A new visitor (no session, no language cookie), and the intake team the worker and manager belong to. */
    @BeforeEach
    void newVisitorAndTeam() {
        open("/sign-in");
        driver.manage().deleteAllCookies();
        setup = new GettingHelpSetup(jdbc, port);
        setup.intakeTeam();
    }

    @AfterEach
    void unlinkStaff() {
        setup.unlink();
    }

    @Test
    void aContactBecomesAnAssessmentThatIsAllocatedCompletedAndSignedOffAndOverdueWorkShows() throws Exception {
        String family = PeopleFixture.unique();
        String name = "Gwenllian " + family;
        String carerName = "Meinir " + family;

        signIn("practitioner");
        String adult = addPerson("Gwenllian", family, "12/5/1941");
        String carer = addPerson("Meinir", family, "3/9/1968");
        click("add-relationship");
        type("q", name);
        click("find-related");
        driver.findElement(By.id("other")).click();
        new Select(driver.findElement(By.id("kind"))).selectByValue("CARER");
        click("save-relationship");
        assertThat(text("relationships")).contains(name);

        open("/people/" + adult);
        waitForPanels();
        assertThat(text("intake-panel")).contains(msg("intake.panel.title")).contains(msg("intake.panel.none"));
        check("person with the getting-help panels");
        click("panel-record-contact");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(msg("intake.contact.new"));
        check("record a contact");
        new Select(driver.findElement(By.id("method"))).selectByValue("PHONE");
        type("reason", "Her daughter says she is struggling to wash and dress since a fall");
        type("whatMatters", "Staying in her own home, near her chapel");
        driver.findElement(By.id("outcome-REFERRED")).click();
        new Select(driver.findElement(By.id("source"))).selectByValue("FAMILY_FRIEND");
        new Select(driver.findElement(By.id("priority"))).selectByValue("HIGH");
        new Select(driver.findElement(By.id("screeningTeamId"))).selectByValue(String.valueOf(setup.team));
        click("save-contact");
        assertThat(text("saved")).contains(msg("intake.contact.savedReferral"));
        assertThat(text("referral")).contains("Her daughter says she is struggling");
        String referral = driver.getCurrentUrl();
        check("referral awaiting screening");

        signOutAndIn("team.manager");
        driver.get(referral);
        screenIn("Needs help with personal care: assessment by the intake team");
        check("referral screened in");
        String assessment = assessmentOf(adult);
        driver.get(assessment);
        assertThat(text("status")).isEqualTo(msg("assessment.status.AWAITING_ALLOCATION"));
        assertThat(text("worker")).isEqualTo(msg("assessment.unallocated"));
        String due = text("due");
        check("assessment awaiting allocation");
        new Select(driver.findElement(By.id("staffId"))).selectByValue(String.valueOf(setup.practitionerStaff));
        type("reason", "Rhian knows the family");
        click("allocate");
        assertThat(text("saved")).contains(msg("assessment.saved.allocated"));
        assertThat(text("status")).isEqualTo(msg("assessment.status.ALLOCATED"));
        assertThat(text("worker")).isEqualTo(setup.practitionerName);
        check("assessment allocated");

        signOutAndIn("practitioner");
        click("nav-work");
        assertThat(text("tray-heading")).isEqualTo(msg("casework.view.mine"));
        WebElement row = trayRow(name);
        assertThat(row.getText()).contains(due);
        check("my work");
        follow(row.findElement(By.cssSelector("a[href*='/assessments/']")));
        assertThat(driver.getCurrentUrl()).isEqualTo(assessment);

        new Select(driver.findElement(By.id("domain"))).selectByValue("SELF_CARE");
        new Select(driver.findElement(By.id("cause"))).selectByValue("AGE");
        new Select(driver.findElement(By.id("ability"))).selectByValue("CANNOT");
        if (!driver.findElements(By.id("outcome")).isEmpty()) {
            new Select(driver.findElement(By.id("outcome"))).selectByValue("ELIGIBLE");
        } else {
            new Select(driver.findElement(By.id("band"))).selectByValue("CRITICAL");
        }
        type("reasoning", "Cannot wash or dress safely without help; her daughter works full time");
        click("add-need");
        assertThat(text("saved")).contains(msg("assessment.saved.need"));
        assertThat(text("needs")).contains("Cannot wash or dress safely");
        check("assessment with a need");

        completeRiskTool("ADULT_RISK");
        assertThat(text("saved")).contains(msg("assessment.saved.risk"));
        assertThat(text("risks")).contains(setup.practitionerName);
        check("assessment with a risk tool");

        new Select(driver.findElement(By.id("carerId"))).selectByValue(carer);
        click("offer");
        assertThat(text("saved")).contains(msg("assessment.saved.offered"));
        assertThat(text("offers")).contains(carerName).contains(msg("assessment.response.pending"));
        check("carer's assessment offered");

        type("views", "She wants to stay at home and accept help in the mornings");
        type("summary", "Eligible for care and support with personal care; carer offered an assessment");
        click("complete");
        assertThat(text("saved")).contains(msg("assessment.saved.completed"));
        assertThat(text("status")).isEqualTo(msg("assessment.status.COMPLETED"));
        check("assessment completed");

        signOutAndIn("team.manager");
        driver.get(assessment);
        click("sign-off");
        assertThat(text("saved")).contains(msg("assessment.saved.signedOff"));
        assertThat(text("status")).isEqualTo(msg("assessment.status.SIGNED_OFF"));
        check("assessment signed off");

        String lateFamily = PeopleFixture.unique();
        String lateName = "Dilys " + lateFamily;
        long late = setup.person("Dilys", lateFamily, "1939-11-20");
        setup.lateReferral(late, Instant.now().minus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS));
        unallocatedTray();
        WebElement lateRow = trayRow(lateName);
        assertThat(lateRow.getText()).contains(msg("casework.tag.overdue")).contains(msg("casework.tag.unallocated"));
        check("unallocated work with an overdue referral");
        follow(lateRow.findElement(By.cssSelector("a[href*='/intake/referrals/']")));
        screenIn("Late letter from the GP: assess");
        String lateAssessment = assessmentOf(String.valueOf(late));
        driver.get(lateAssessment);
        assertThat(text("overdue-tag")).isEqualTo(msg("assessment.overdue"));
        check("overdue assessment");
        unallocatedTray();
        assertThat(trayRow(lateName).getText()).contains(msg("casework.tag.overdue")).contains(msg("casework.tag.unallocated"));

        try {
            open("/work?view=unallocated&team=" + setup.team + "&lang=cy");
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(cy("casework.title"));
            assertThat(trayRow(lateName).getText()).contains(cy("casework.tag.overdue"));
            check("unallocated work (Welsh)");
            driver.get(assessment);
            assertThat(text("status")).isEqualTo(cy("assessment.status.SIGNED_OFF"));
            check("assessment signed off (Welsh)");
        } finally {
            open("/?lang=en");
        }
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(violations).as("axe-core violations").isEmpty();
    }
}
