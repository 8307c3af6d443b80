package com.careflow.app.features;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Debian Chromium driven through chromedriver, the way a person would use the portal. */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final ChromeDriver driver;
    private final String baseUrl;
    /** Chromium's profile for this browser only; deleted when it quits, or every scenario would leave one in /tmp. */
    private final Path profile;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.profile = tempProfile();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // The machine has no network beyond loopback: keep Chromium from reaching out.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=zh-CN", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile();
            throw e;
        }
    }

    void open(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
    }

    WebDriver driver() {
        return driver;
    }

    WebElement find(By by) {
        return await(d -> d.findElement(by), Duration.ofSeconds(15));
    }

    void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void click(String id) {
        find(By.id(id)).click();
    }

    /** Clicks a button that submits a form and waits until the browser left the page it was on (a new one loaded). */
    void clickToLeavePage(String id) {
        WebElement button = find(By.id(id));
        WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        await(ExpectedConditions.stalenessOf(page), Duration.ofSeconds(20));
    }

    /** Signs in on Keycloak's own login page, starting from {@code startPath}, a page of ours that needs it. */
    void signIn(String startPath, String username, String password) {
        open(startPath);
        type("username", username);
        type("password", password);
        click("kc-login");
        await(d -> d.getCurrentUrl().startsWith(baseUrl + startPath), Duration.ofSeconds(20));
    }

    /**
     * Signs in with the header's sign-in link of the home page, as someone who just arrives; the portal then sends
     * them where it sends people after signing in. Returns once the browser has left Keycloak.
     */
    void signInFromHome(String username, String password) {
        open("/");
        click("login-link");
        type("username", username);
        type("password", password);
        click("kc-login");
        await(d -> d.getCurrentUrl().startsWith(baseUrl), Duration.ofSeconds(20));
    }

    <T> T await(Function<WebDriver, T> condition, Duration timeout) {
        // the order page swaps its content when the status changes: an element found a moment ago may be gone
        return new WebDriverWait(driver, timeout, Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    String currentPath() {
        return driver.getCurrentUrl().replace(baseUrl, "");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("careflow-chromium");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile directory", e);
        }
    }

    /** Deepest first; a file Chromium still writes while exiting must not fail the scenario, so failures are skipped. */
    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // the profile stays behind; nothing the scenario depends on
        }
    }
}
