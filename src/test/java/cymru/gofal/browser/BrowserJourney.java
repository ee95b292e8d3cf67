package cymru.gofal.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import cymru.gofal.support.TestConfig;

/**
 * A person using Gofal in headless Chromium against the whole application on a random port: the steps they
 * take (open, type, click and wait for the next page, read) and an axe-core check of each page they see,
 * whose violations the journey asserts at its end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestConfig.class)
abstract class BrowserJourney {

    static WebDriver driver;
    final List<String> violations = new ArrayList<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        Browser.stop(driver);
        driver = null;
    }

    void signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        click("sign-in-button");
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** Clicks and waits for the next page to load, as a person would before reading it. */
    void click(String id) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(id)).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(page));
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    void check(String page) {
        Browser.axeViolations(driver).forEach(v -> violations.add(page + ": " + v));
    }
}
