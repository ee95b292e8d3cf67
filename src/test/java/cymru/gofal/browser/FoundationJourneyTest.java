package cymru.gofal.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import cymru.gofal.platform.security.Role;
import cymru.gofal.platform.security.UserAccounts;
import cymru.gofal.support.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation as a person uses it, in headless Chromium: sign in, switch to Welsh and back, visit every
 * page of the foundation, try bad input, sign out; failed sign-ins lock the account; axe-core finds no
 * violation on any page visited.
 */
class FoundationJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    /** Each test starts as a new visitor: no session, no language cookie. */
    @org.junit.jupiter.api.BeforeEach
    void newVisitor() {
        driver.get("http://localhost:" + port + "/sign-in");
        driver.manage().deleteAllCookies();
    }

    @Test
    void anAdministratorSignsInSwitchesLanguageVisitsEveryPageAndSignsOut() {
        open("/");
        assertThat(driver.getCurrentUrl()).contains("/sign-in");
        check("sign-in");
        signIn("admin", DemoLogins.PASSWORD);
        assertThat(text("signed-in-as")).contains("Angharad Rees").contains("Administrator");
        check("home");

        click("language-switch");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("cy");
        assertThat(text("sign-out")).isEqualTo("Allgofnodi");
        check("home (Welsh)");
        open("/calendar");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Calendr diwrnodau gwaith");
        check("calendar (Welsh)");
        click("language-switch");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        open("/calendar");
        type("from", "24/3/2027");
        type("days", "15");
        click("calculate");
        assertThat(text("result-date")).contains("16 April 2027");
        check("calendar with a result");
        type("from", "30/2/2027");
        click("calculate");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                .contains("The start date must be a real date");
        assertThat(driver.getTitle()).startsWith("Error:");
        assertThat(driver.findElement(By.id("from")).getAttribute("aria-describedby")).contains("from-error");
        check("calendar with an error");

        open("/timescales");
        check("timescales");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("rule"))).selectByValue("CHILD_ASSESSMENT");
        type("start", "24/3/2027");
        type("asOf", "27/5/2027");
        click("check");
        assertThat(text("status-due")).isEqualTo("26 May 2027");
        assertThat(text("status-state")).isEqualTo("Overdue");
        check("timescales with a result");

        open("/admin/council");
        check("council settings");
        type("day", "");
        type("reason", "");
        click("add-closure");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Enter the date of the closure day");
        type("day", "24/12/2027");
        type("reason", "Christmas Eve closure");
        click("add-closure");
        assertThat(text("closure-days")).contains("Christmas Eve closure");
        check("council settings with a closure day");
        check("council settings with errors");

        open("/admin/audit");
        check("audit");
        type("user", "admin");
        click("search");
        assertThat(driver.findElement(By.id("audit-results")).getText()).contains("Sign in");
        check("audit results");
        click("verify");
        assertThat(text("verification")).contains("intact");
        check("audit verified");

        open("/no-such-page");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        check("404");

        click("sign-out");
        assertThat(driver.getCurrentUrl()).contains("/sign-in?signedOut");
        check("signed out");
        open("/admin/audit");
        assertThat(driver.getCurrentUrl()).contains("/sign-in");

        signIn("councillor", DemoLogins.PASSWORD);
        open("/admin/audit");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have permission to see this page");
        check("403");
        click("sign-out");

        assertThat(violations).as("axe-core violations").isEmpty();
    }

    @Test
    void fiveFailedSignInsLockTheAccount() {
        accounts.createIfAbsent(1, "browser.lockout", "Browser Lockout", Role.PRACTITIONER, DemoLogins.PASSWORD);
        for (int i = 0; i < 4; i++) {
            signIn("browser.lockout", "not-the-password");
            assertThat(driver.findElement(By.className("govuk-error-summary")).getText())
                    .contains("Enter a correct username and password");
            assertThat(driver.findElement(By.id("username")).getAttribute("value")).isEqualTo("browser.lockout");
        }
        check("sign-in with an error");
        signIn("browser.lockout", "not-the-password");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("locked for 15 minutes");
        signIn("browser.lockout", DemoLogins.PASSWORD);
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("locked for 15 minutes");
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    @Test
    void aFormSentAfterTheSessionEndedAsksToSignInAgain() {
        open("/sign-in");
        driver.manage().deleteCookieNamed("GOFAL_SESSION");
        type("username", "practitioner");
        type("password", DemoLogins.PASSWORD);
        click("sign-in-button");
        assertThat(driver.getCurrentUrl()).contains("/sign-in?expired");
        assertThat(text("expired")).contains("Your session has ended");
        check("sign-in after the session ended");
        signIn("practitioner", DemoLogins.PASSWORD);
        assertThat(text("signed-in-as")).contains("Rhian Davies");
        assertThat(violations).as("axe-core violations").isEmpty();
    }

}
