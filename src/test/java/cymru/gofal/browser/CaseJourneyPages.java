package cymru.gofal.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import cymru.gofal.platform.web.Dates;
import cymru.gofal.platform.web.FormDates;
import cymru.gofal.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps a person takes on the case, plan and review pages, on top of the getting-help steps: choosing from selects
 * and radios by value, reading summary cards and table rows by what they say, and dates as the pages show them and as
 * forms take them, on the application's clock (which the journey moves on to let a review fall due).
 */
abstract class CaseJourneyPages extends GettingHelpPages {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    @Autowired
    TestClock clock;

    CaseJourneySetup journey;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Dates.LONDON);
    }

    /** A date as the pages show it in English (5 March 2026). */
    static String shown(LocalDate day) {
        return SHOWN.format(day);
    }

    /** A date as a person types it into a form (5/3/2026). */
    static String typed(LocalDate day) {
        return FormDates.format(day);
    }

    void choose(String selectId, String value) {
        new Select(driver.findElement(By.id(selectId))).selectByValue(value);
    }

    /** Ticks the radio or checkbox of the named field with this value. */
    void tick(String name, String value) {
        driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
    }

    void chooseIndex(String selectId, int index) {
        new Select(driver.findElement(By.id(selectId))).selectByIndex(index);
    }

    /** A message with its arguments, in English. */
    String msg(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String errorSummary() {
        return driver.findElement(By.className("govuk-error-summary")).getText();
    }

    /** The summary card (case note, plan outcome) whose text contains this. */
    WebElement card(String containing) {
        return driver.findElement(By.xpath("//div[contains(@class,'govuk-summary-card')][contains(., " + literal(containing) + ")]"));
    }

    /** The row of the table with this id whose text contains this. */
    WebElement row(String tableId, String containing) {
        List<WebElement> rows = driver.findElements(By.xpath("//table[@id='" + tableId + "']/tbody/tr[contains(., " + literal(containing) + ")]"));
        assertThat(rows).as(containing + " in table " + tableId).isNotEmpty();
        return rows.get(0);
    }

    /** The texts of the row's cells. */
    static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    /** The row of a plan outcome's services table whose text contains this. */
    WebElement serviceRow(String containing) {
        List<WebElement> rows = driver.findElements(By.xpath("//div[starts-with(@id,'outcome-')]//table/tbody/tr[contains(., "
                + literal(containing) + ")]"));
        assertThat(rows).as(containing + " among the plan's services").isNotEmpty();
        return rows.get(0);
    }

    /** Opens the person's page and waits for the cases and plans panels that htmx loads after it. */
    void personPage(long person) {
        open("/people/" + person);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#casework-panel .govuk-summary-card__title")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#planning-panel .govuk-summary-card__title")));
    }

    /**
     * axe-core's check, and also that no id is used twice: axe-core no longer reports duplicate ids, yet a label, a hint
     * or an error summary link pointing at an id finds only its first element (a field after it loses its label).
     */
    @Override
    void check(String page) {
        super.check(page);
        Object duplicates = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const ids = [...document.querySelectorAll('[id]')].map(e => e.id);"
                        + "return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];");
        if (duplicates instanceof List<?> list && !list.isEmpty()) {
            violations.add(page + ": duplicate ids " + list);
        }
    }

    /** Reads the page in Welsh, checks it with axe-core, and answers the html element's lang. */
    String inWelsh(String path, String page) {
        open(path + (path.contains("?") ? "&" : "?") + "lang=cy");
        check(page + " (Welsh)");
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** An XPath string literal for any text (quotes included). */
    private static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
