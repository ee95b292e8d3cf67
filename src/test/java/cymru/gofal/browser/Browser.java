package cymru.gofal.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for browser tests: Debian's own browser and driver only, never a download, with
 * a throwaway profile and home so nothing is written to the real home directory.
 */
final class Browser {

    private static final Map<WebDriver, Path> HOMES = new java.util.concurrent.ConcurrentHashMap<>();

    private Browser() {
    }

    /** Quits the browser and deletes its throwaway home and profile. */
    static void stop(WebDriver driver) {
        if (driver == null) {
            return;
        }
        driver.quit();
        Path home = HOMES.remove(driver);
        if (home != null) {
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a leftover temporary directory is not worth failing a test run for
            }
        }
    }

    static WebDriver start() throws IOException {
        Path home = Files.createTempDirectory("gofal-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=en-GB",
                "--user-data-dir=" + home.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                        "XDG_CACHE_HOME", home.resolve("cache").toString()))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        HOMES.put(driver, home);
        return driver;
    }

    /** The axe-core violations on the current page, as readable lines (empty when there are none). */
    static List<String> axeViolations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core checked nothing on " + driver.getCurrentUrl());
        }
        return results.getViolations().stream().map(Browser::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList();
    }
}
