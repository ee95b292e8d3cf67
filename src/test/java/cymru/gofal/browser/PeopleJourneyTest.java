package cymru.gofal.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import cymru.gofal.support.DemoLogins;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person register as people use it (issue 3, point 6), in headless Chromium: add a person and meet the
 * duplicate warning, search with a typo, link a carer, restrict a record so that another practitioner cannot
 * find it, and open it by break-glass with a reason. axe-core finds no violation on any page visited.
 */
class PeopleJourneyTest extends BrowserJourney {

    @Test
    void aPractitionerRecordsAFamilyAndAManagerRestrictsIt() {
        String family = cymru.gofal.people.PeopleFixture.unique();
        open("/sign-in");
        driver.manage().deleteAllCookies();
        signIn("practitioner");
        open("/people");
        check("find a person");
        click("add-person");
        click("save-person");
        assertThat(driver.findElement(By.className("govuk-error-summary")).getText()).contains("Enter the given names");
        check("add a person, errors");
        type("givenNames", "Siân");
        type("familyName", family);
        type("dateOfBirth", "4/3/1948");
        driver.findElement(By.id("gender")).click();
        type("nhsNumber", "943 476 5918");
        click("save-person");
        assertThat(text("nhsNumber-error")).contains("not a valid NHS number");
        type("nhsNumber", "");
        click("save-person");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Siân " + family);
        String sianUrl = driver.getCurrentUrl();
        String sianId = sianUrl.substring(sianUrl.lastIndexOf('/') + 1);
        check("person");
        click("add-identifier");
        check("add an identifier");
        type("value", "QQ123456C");
        click("save-identifier");
        assertThat(text("identifiers")).contains("National Insurance number").contains("QQ123456C");

        open("/people/new");
        type("givenNames", "Sian");
        type("familyName", family);
        type("dateOfBirth", "4/3/1948");
        driver.findElement(By.id("gender")).click();
        click("save-person");
        assertThat(text("likely-matches")).contains("may be this person");
        assertThat(text("matches-table")).contains("Siân " + family);
        check("likely duplicates");

        open("/people");
        type("name", "Sain " + family);
        click("search");
        assertThat(text("results")).contains("Siân " + family);
        check("search results");

        open("/people/new");
        type("givenNames", "Eirlys");
        type("familyName", family);
        type("dateOfBirth", "1/1/1970");
        driver.findElement(By.id("gender")).click();
        click("save-person");
        click("add-relationship");
        type("q", "Siân " + family);
        click("find-related");
        check("add a relationship");
        driver.findElement(By.id("other")).click();
        new Select(driver.findElement(By.id("kind"))).selectByValue("CARER");
        click("save-relationship");
        assertThat(text("relationships")).contains("Carer of").contains("Siân " + family);
        open("/people/" + sianId);
        assertThat(text("relationships")).contains("Cared for by").contains("Eirlys " + family);

        signOutAndIn("team.manager");
        open("/people/" + sianId);
        click("manage-access");
        check("restriction and access");
        click("toggle-restriction");
        assertThat(text("access-list")).contains("team.manager");

        signOutAndIn("practitioner");
        open("/people/" + sianId);
        assertThat(driver.findElement(By.tagName("h1")).getText()).doesNotContain(family);
        open("/people?name=" + family);
        assertThat(driver.findElements(By.id("results"))).allSatisfy(t -> assertThat(t.getText()).doesNotContain("Siân"));

        signOutAndIn("senior.manager");
        open("/people/" + sianId);
        assertThat(driver.findElement(By.tagName("h1")).getText()).doesNotContain(family);
        open("/people/break-glass");
        check("break-glass");
        type("person", sianId);
        type("reason", "Adult safeguarding referral from the GP");
        click("break-glass");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Siân " + family);
        assertThat(text("restricted-tag")).isEqualTo("Restricted");

        signOutAndIn("team.manager");
        open("/people/" + sianId);
        assertThat(text("break-glass-log")).contains("senior.manager").contains("Adult safeguarding referral from the GP");
        check("person, owner's view");
        click("merge-link");
        check("merge a duplicate");
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    private void signOutAndIn(String username) {
        click("sign-out");
        signIn(username);
    }

    private void signIn(String username) {
        signIn(username, DemoLogins.PASSWORD);
        open("/?lang=en"); // a user's saved language follows them; this journey reads English
    }

}
