package cymru.gofal.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import cymru.gofal.support.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps a person takes on the getting-help pages (people, intake, assessments, work tray), for journeys that
 * read them in English and look texts up in the message bundles rather than repeating them.
 */
abstract class GettingHelpPages extends BrowserJourney {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Autowired
    MessageSource messages;

    /** The intake team of the journey, with its worker and manager. */
    GettingHelpSetup setup;

    /** Adds a person through the register's pages; answers their id, leaving their page open. */
    String addPerson(String given, String family, String dateOfBirth) {
        open("/people/new");
        type("givenNames", given);
        type("familyName", family);
        type("dateOfBirth", dateOfBirth);
        driver.findElement(By.id("gender")).click();
        click("save-person");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(given + " " + family);
        String url = driver.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** On a referral's page: the decision to assess, by the intake team. */
    void screenIn(String reason) {
        driver.findElement(By.cssSelector("input[name='outcome'][value='ASSESSMENT']")).click();
        new Select(driver.findElement(By.id("assessmentTeamId"))).selectByValue(String.valueOf(setup.team));
        type("decisionReason", reason);
        click("save-decision");
        assertThat(text("saved")).contains(msg("intake.decision.saved"));
        assertThat(text("decision")).contains(reason);
    }

    /** The address of the person's first assessment, from the assessments panel of their page. */
    String assessmentOf(String person) {
        open("/people/" + person);
        waitForPanels();
        return driver.findElement(By.cssSelector("#assessment-panel table a[href*='/assessments/']")).getAttribute("href");
    }

    /** Opens the tool's part of the assessment page, answers "some concern" to every question and saves it. */
    void completeRiskTool(String tool) {
        WebElement details = driver.findElement(By.xpath("//details[.//input[@name='tool' and @value='" + tool + "']]"));
        details.findElement(By.tagName("summary")).click();
        Map<String, WebElement> someConcern = new LinkedHashMap<>();
        for (WebElement radio : details.findElements(By.cssSelector("input[type='radio'][value='1']"))) {
            someConcern.put(radio.getAttribute("name"), radio);
        }
        assertThat(someConcern).isNotEmpty();
        someConcern.values().forEach(WebElement::click);
        follow(details.findElement(By.cssSelector("button[type='submit']")));
    }

    /** The team manager's unallocated work of the intake team, chosen on the tray page. */
    void unallocatedTray() {
        click("nav-work");
        click("view-unallocated");
        new Select(driver.findElement(By.id("team"))).selectByValue(String.valueOf(setup.team));
        click("show-team");
    }

    /** The tray row naming the person, looked for page by page (the tray shows 50 a page). */
    WebElement trayRow(String person) {
        while (true) {
            List<WebElement> rows = driver.findElements(By.xpath("//table[@id='tray']/tbody/tr[td[1]/a[normalize-space()='" + person + "']]"));
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            List<WebElement> next = driver.findElements(By.cssSelector("#pagination a[rel='next']"));
            assertThat(next).as(person + " in the tray").isNotEmpty();
            follow(next.get(0));
        }
    }

    /** Waits for the person page's intake and assessment panels, which htmx loads after the page. */
    void waitForPanels() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#intake-panel .govuk-summary-card__title")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#assessment-panel .govuk-summary-card__title")));
    }

    /** Clicks a link or button and waits for the next page. */
    void follow(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    String msg(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    String cy(String key) {
        return messages.getMessage(key, null, WELSH);
    }

    void signOutAndIn(String username) {
        click("sign-out");
        signIn(username);
    }

    void signIn(String username) {
        signIn(username, DemoLogins.PASSWORD);
        open("/?lang=en"); // a user's saved language follows them; this journey reads English
    }
}
