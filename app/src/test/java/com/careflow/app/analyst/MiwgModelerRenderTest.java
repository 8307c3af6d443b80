package com.careflow.app.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.careflow.portal.security.SecurityConfig;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Diagrams nobody here wrote open in the analysts' editor: every OMG BPMN MIWG reference model (read in place from
 * the shared folder, see its README) is imported by the editor's own script (frontend/src/analyst-editor.js) into
 * bpmn-js's modeler in headless Chromium, renders its elements, and leaves no error in the browser's console. A tiny
 * HTTP server on a free loopback port serves the editor's markup, the /vendor/ bundles from the classpath and the
 * models: no platform needed.
 */
class MiwgModelerRenderTest {

    static final Path MIWG = Path.of(System.getProperty("careflow.bpmn-miwg", "/work/shared/bpmn-miwg/reference"));

    static HttpServer server;
    static ChromeDriver driver;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isDirectory(MIWG), "BPMN MIWG reference models not found at " + MIWG + " — skipped");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Chromium not installed — skipped");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/vendor/", exchange -> serveClasspath(exchange, "static" + exchange.getRequestURI()
                .getPath()));
        server.createContext("/miwg/", exchange -> serveModel(exchange));
        server.createContext("/processes/", exchange -> serveClasspath(exchange, exchange.getRequestURI().getPath()
                .substring(1)));
        server.createContext("/editor", MiwgModelerRenderTest::serveEditor);
        server.createContext("/favicon.ico", exchange -> respond(exchange, 204, "image/x-icon", new byte[0]));
        server.start();
        profile = Files.createTempDirectory("careflow-miwg-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    void everyReferenceModelOpensInTheEditorAndRendersWithoutErrors() throws IOException {
        List<String> models;
        try (Stream<Path> files = Files.list(MIWG)) {
            models = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn"))
                    .sorted().toList();
        }
        assertThat(models).isNotEmpty();
        List<String> failures = new ArrayList<>();
        for (String model : models) {
            driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/editor?model=" + model);
            String state = new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                String value = d.findElement(By.id("analyst-canvas")).getDomAttribute("data-state");
                return value == null ? null : value;
            });
            int shapes = driver.findElements(By.cssSelector(".djs-element.djs-shape")).size();
            List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage).toList();
            if (!"ready".equals(state) || shapes == 0 || !errors.isEmpty()) {
                failures.add(model + ": state " + state + ", " + shapes + " shapes, console " + errors + ", "
                        + driver.findElement(By.id("analyst-canvas")).getDomAttribute("data-error"));
            }
            // bpmn.io's watermark stays
            assertThat(driver.findElements(By.cssSelector(".bjs-powered-by"))).as(model).isNotEmpty();
        }
        assertThat(failures).isEmpty();
        System.out.println(models.size() + " MIWG reference models rendered in the editor");
    }

    /** The properties form writes through bpmn-js's modeling: what the analyst typed is in the XML the page saves. */
    @Test
    void thePropertiesFormChangesATimerAndATopicInTheSavedXml() {
        driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/editor?model=careflow-grab-order.bpmn");
        // the form is drawn anew after each change: an element found a moment ago may be gone
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        String state = wait.until(d -> d.findElement(By.id("analyst-canvas")).getDomAttribute("data-state"));
        assertThat(state).isEqualTo("ready");

        edit(wait, "OfferWindowElapsed", "prop-timer-value", "PT3M");
        edit(wait, "ExpireRound", "prop-topic", "assignment.teleport");
        String xml = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "window.careflowEditor.modeler.saveXML({ format: true }).then(r => done(r.xml));");

        assertThat(xml).contains("<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">PT3M</bpmn:timeDuration>")
                .doesNotContain("${offerWindow}")
                .containsPattern("id=\"ExpireRound\"[^>]*operaton:topic=\"assignment.teleport\"");
    }

    private static void edit(WebDriverWait wait, String elementId, String fieldId, String value) {
        // a click on the empty corner first: the selected element's context pad may cover its neighbour
        var canvas = driver.findElement(By.id("analyst-canvas"));
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(canvas, -canvas.getSize().getWidth() / 2 + 4,
                -canvas.getSize().getHeight() / 2 + 4).click().perform();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(driver.findElement(By.cssSelector(".djs-element[data-element-id='" + elementId + "']")))
                .click().perform();
        wait.until(d -> d.findElement(By.id("prop-element")).getText().startsWith(elementId + " "));
        // select and overwrite, as a person does: clear() would fire a change of its own (an empty timer)
        driver.findElement(By.id(fieldId)).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL,
                "a"), value, org.openqa.selenium.Keys.TAB);
        wait.until(d -> value.equals(d.findElement(By.id(fieldId)).getDomProperty("value")));
    }

    @Test
    void theCommissionTableOpensInTheDecisionTableEditor() {
        driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/editor?model=commission.dmn");
        String state = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("analyst-canvas")).getDomAttribute("data-state"));
        // dmn-js's own distribution logs that it bundles Inferno's development build: bpmn.io's file, not an error
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).filter(message -> !message.contains("development build of Inferno"))
                .toList();

        assertThat(state).isEqualTo("ready");
        assertThat(errors).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".tjs-table td.output-cell")))
                .extracting(cell -> cell.getText().trim()).contains("0.15", "0.20");
    }

    private static void serveEditor(HttpExchange exchange) throws IOException {
        String model = exchange.getRequestURI().getQuery().replace("model=", "");
        boolean dmn = model.endsWith(".dmn");
        String page = """
                <!DOCTYPE html><html><head><meta charset="utf-8">
                <link rel="stylesheet" href="/vendor/%1$s/assets/diagram-js.css">
                <link rel="stylesheet" href="/vendor/bpmn-js/assets/bpmn-js.css">
                <link rel="stylesheet" href="/vendor/bpmn-js/assets/bpmn-font/css/bpmn.css">
                </head><body>
                <div id="analyst-canvas" data-kind="%2$s" data-xml-url="/%3$s"></div>
                <aside id="analyst-properties" data-label-none="none" data-label-topic="topic"
                  data-label-timer-type="type" data-label-timer-value="value" data-label-duration="duration"
                  data-label-date="date" data-label-cycle="cycle" data-label-groups="groups" data-label-due="due"
                  data-label-message="message"><div id="analyst-properties-form"></div></aside>
                <script src="/vendor/%1$s/%4$s"></script>
                <script src="/vendor/careflow/analyst-editor.js"></script>
                </body></html>
                """.formatted(dmn ? "dmn-js" : "bpmn-js", dmn ? "DMN" : "BPMN",
                dmn || model.startsWith("careflow-") ? "processes/" + model.replace("careflow-", "") : "miwg/" + model,
                dmn ? "dmn-modeler.js" : "bpmn-modeler.js");
        respond(exchange, 200, "text/html", page.getBytes(StandardCharsets.UTF_8));
    }

    private static void serveModel(HttpExchange exchange) throws IOException {
        String name = Path.of(exchange.getRequestURI().getPath()).getFileName().toString();
        Path file = MIWG.resolve(name);
        if (!Files.isRegularFile(file)) {
            respond(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        respond(exchange, 200, "application/xml", Files.readAllBytes(file));
    }

    private static void serveClasspath(HttpExchange exchange, String resource) throws IOException {
        try (InputStream in = MiwgModelerRenderTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                respond(exchange, 404, "text/plain", new byte[0]);
                return;
            }
            String type = resource.endsWith(".js") ? "text/javascript" : resource.endsWith(".css") ? "text/css"
                    : "application/octet-stream";
            respond(exchange, 200, type, in.readAllBytes());
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        // the policy the portal sends with the editor: a violation (an inline script or style element the libraries
        // add) is a console error here
        exchange.getResponseHeaders().set("Content-Security-Policy",
                SecurityConfig.ANALYST_EDITOR_CONTENT_SECURITY_POLICY);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
