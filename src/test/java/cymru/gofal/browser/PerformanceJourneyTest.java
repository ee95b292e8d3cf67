package cymru.gofal.browser;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Performance management as a senior manager does it (issue 6, point 8), in headless Chromium. Three children were
 * referred to a duty team in the last complete quarter: one decided the same day, one three days late and one never
 * decided. The senior manager opens the scorecard from the navigation, opens SCC/006 (trend chart and the same figures
 * in a table), follows the quarter's denominator to the records behind it, where the overdue children are marked as
 * not in the numerator, and opens one referral. Back on the indicator she sets a target for the financial year (a
 * percentage over 100 is refused, the error summary leading to the field; then one is saved and the scorecard shows it
 * with a status) and writes the quarter's commentary, shown with her name. The quarterly business review pack shows
 * the commentary, and its PDF and XLSX download with her session. The scorecard is read in Welsh once. axe-core finds
 * no violation on any page visited.
 */
class PerformanceJourneyTest extends CaseJourneyPages {

    private static final String CODE = "SCC/006";
    private static final String BAD_TARGET = "105";
    private static final String TARGET = "92.5";

    @Autowired
    JdbcClient jdbc;

    PerformanceJourneySetup records;
    Period lastQuarter;
    Period year;

    @BeforeEach
    void newVisitorAndReferralsOfTheLastCompleteQuarter() {
        clock.reset();
        open("/sign-in");
        driver.manage().deleteAllCookies();
        List<Period> quarters = Period.quartersTo(today(), 2);
        lastQuarter = quarters.get(0);
        year = Period.yearOf(today());
        records = new PerformanceJourneySetup(jdbc);
        records.referrals(lastQuarter.start());
        records.writer();
        records.noTarget(year.financialYear());
    }

    @AfterEach
    void giveBackTheUsernameAndTarget() {
        records.unlink();
        records.noTarget(year.financialYear());
    }

    @Test
    void aSeniorManagerDrillsToTheOverdueReferralsSetsATargetCommentsAndExportsThePack() throws Exception {
        String indicatorUrl = drillsFromTheScorecardToTheOverdueReferrals();
        setsATarget(indicatorUrl);
        String commentary = writesTheCommentary();
        exportsThePack(commentary);
        assertThat(inWelsh("/performance", "scorecard")).isEqualTo("cy");
        assertThat(heading()).isEqualTo(cy("performance.scorecard.title"));
        open("/?lang=en");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(violations).as("axe-core violations").isEmpty();
    }

    private String drillsFromTheScorecardToTheOverdueReferrals() {
        signIn("senior.manager");
        click("nav-performance");
        assertThat(heading()).isEqualTo(msg("performance.scorecard.title"));
        assertThat(text("line-SCC-006")).contains(CODE).contains("Referrals decided within 1 working day");
        check("scorecard");
        follow(driver.findElement(By.cssSelector("#line-SCC-006 a")));
        String indicatorUrl = driver.getCurrentUrl();
        assertThat(heading()).isEqualTo("Referrals decided within 1 working day");
        assertThat(driver.findElements(By.cssSelector("svg#trend-chart rect"))).hasSize(8);
        assertThat(driver.findElements(By.cssSelector("#trend-table tbody tr"))).hasSize(8);
        check("indicator SCC/006");

        WebElement denominator = driver.findElement(By.cssSelector("#trend-table a[href*='part=denominator'][href*='from="
                + lastQuarter.start() + "']"));
        assertThat(Long.parseLong(denominator.findElement(By.tagName("span")).getText())).isGreaterThanOrEqualTo(3);
        follow(denominator);
        assertThat(heading()).isEqualTo(msg("performance.records.denominator"));
        assertThat(headerAndCells(row("records", records.inTime))).containsExactly(records.inTime, shown(receivedOn()), records.teamName,
                msg("performance.yes"), msg("performance.records.open"));
        assertThat(headerAndCells(row("records", records.decidedLate)).get(3)).isEqualTo(msg("performance.no"));
        assertThat(headerAndCells(row("records", records.undecided)).get(3)).isEqualTo(msg("performance.no"));
        check("records in the denominator");

        follow(row("records", records.decidedLate).findElement(By.cssSelector("a[href*='/intake/referrals/']")));
        assertThat(driver.getCurrentUrl()).endsWith("/intake/referrals/" + records.decidedLateReferral);
        assertThat(heading()).contains(msg("intake.referral.title", records.decidedLateReferral));
        assertThat(text("late")).isEqualTo(msg("intake.decision.late"));
        check("an overdue referral behind SCC/006");
        driver.navigate().back();
        follow(driver.findElement(By.className("govuk-back-link")));
        assertThat(driver.getCurrentUrl()).isEqualTo(indicatorUrl);
        return indicatorUrl;
    }

    private void setsATarget(String indicatorUrl) {
        assertThat(new Select(driver.findElement(By.id("period"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(String.valueOf(year.financialYear()));
        type("target", BAD_TARGET);
        click("save-target");
        assertThat(errorSummary()).contains(msg("performance.target.error.percent"));
        assertThat(driver.findElement(By.id("target")).getAttribute("value")).isEqualTo(BAD_TARGET);
        check("target refused");
        driver.findElement(By.cssSelector(".govuk-error-summary a[href='#target']")).click();
        assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("target");

        type("target", TARGET);
        click("save-target");
        assertThat(text("saved")).contains(msg("performance.target.saved"));
        assertThat(driver.findElements(By.className("govuk-error-summary"))).isEmpty();
        check("target saved");

        click("nav-performance");
        List<String> line = cells(driver.findElement(By.id("line-SCC-006")));
        assertThat(line.get(3)).isEqualTo(TARGET + "%");
        assertThat(line.get(4)).isEqualTo(msg("performance.status." + expectedStatus(line.get(2))));
        assertThat(driver.findElement(By.cssSelector("#line-SCC-006 strong.govuk-tag")).getText()).isEqualTo(line.get(4));
        check("scorecard with a target");
        driver.get(indicatorUrl);
    }

    private String writesTheCommentary() {
        String commentary = "Two of the referrals to " + records.teamName + " waited past their decision day; the duty rota now covers Mondays.";
        String label = msg("performance.quarterLabel", lastQuarter.quarter(),
                lastQuarter.financialYear() + "-" + String.format("%02d", (lastQuarter.financialYear() + 1) % 100));
        assertThat(text("commentary-heading")).isEqualTo(msg("performance.commentary.heading", label));
        type("commentary", commentary);
        click("save-commentary");
        assertThat(text("saved")).contains(msg("performance.commentary.saved"));
        assertThat(text("commentary-text")).isEqualTo(commentary);
        assertThat(text("commentary-by")).startsWith("Written by " + records.writer + " on ");
        check("commentary written");
        return commentary;
    }

    private void exportsThePack(String commentary) throws Exception {
        click("nav-performance");
        click("pack-link");
        assertThat(heading()).isEqualTo(msg("performance.pack.title"));
        String quarter = lastQuarter.financialYear() + "-Q" + lastQuarter.quarter();
        assertThat(new Select(driver.findElement(By.id("quarter"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(quarter);
        assertThat(text("pack-children")).contains(commentary).contains("Written by " + records.writer);
        check("quarterly business review pack");

        String pdfUrl = driver.findElement(By.id("download-pdf")).getAttribute("href");
        assertThat(pdfUrl).endsWith("/performance/pack.pdf?quarter=" + quarter);
        HttpResponse<byte[]> pdf = records.fetch(pdfUrl, driver.manage().getCookies());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> d.contains(".pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(PerformanceJourneySetup.pdfText(pdf.body())).contains(commentary);

        String xlsxUrl = driver.findElement(By.id("download-xlsx")).getAttribute("href");
        assertThat(xlsxUrl).endsWith("/performance/pack.xlsx?quarter=" + quarter);
        HttpResponse<byte[]> xlsx = records.fetch(xlsxUrl, driver.manage().getCookies());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(PerformanceJourneySetup.cellTexts(xlsx.body())).contains(commentary);
    }

    /** What the status should say for a year-to-date value as the scorecard shows it ("87.5%"), against the target. */
    private String expectedStatus(String yearToDate) {
        if (yearToDate.equals(msg("performance.noData"))) {
            return "NO_DATA";
        }
        BigDecimal value = new BigDecimal(yearToDate.replace("%", ""));
        return value.compareTo(new BigDecimal(TARGET)) >= 0 ? "ON_TARGET" : "OFF_TARGET";
    }

    private LocalDate receivedOn() {
        return PerformanceJourneySetup.receivedOn(lastQuarter.start());
    }

    /** The texts of a row's header cell (the person) and its other cells. */
    static java.util.List<String> headerAndCells(WebElement row) {
        return row.findElements(By.xpath("./th|./td")).stream().map(WebElement::getText).toList();
    }
}
