package com.careflow.app.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The portal's header measured in the browser by the elements' bounding boxes, not by screenshots: whether every item
 * lies inside the window without overlapping another or being squeezed, and whether each link can be reached the way
 * a person would (the menu button on phones, then the link's group) and is then on screen and not covered.
 */
final class HeaderCheck {

    /** Below this width the header shows its menu button (careflow.css). */
    static final int PHONE_BELOW = 900;
    static final int HEIGHT = 800;
    /** One line of a header item with its padding; a squeezed item wraps its words into a tall column. */
    private static final int ONE_LINE = 56;

    private static final String LAYOUT = """
            const oneLine = arguments[0];
            const header = document.querySelector('.site-header');
            const width = window.innerWidth;
            const shown = el => { const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'; };
            const name = el => '#' + (el.id || el.textContent.trim());
            const items = Array.from(header.querySelectorAll('#brand, #site-search-form, #nav-toggle-label, '
                + '.site-nav > a, .nav-group > summary, .lang-switch a, #logout-button, #login-link, #register-link'))
                .filter(shown);
            const boxes = items.map(el => el.getBoundingClientRect());
            const problems = [];
            items.forEach((el, i) => {
              const r = boxes[i];
              if (r.left < -0.5 || r.right > width + 0.5) {
                problems.push(name(el) + ' reaches outside the window (' + Math.round(r.left) + ' to '
                    + Math.round(r.right) + ' of ' + width + ' px)');
              }
              if (el.scrollWidth > el.clientWidth + 1) {
                problems.push(name(el) + ' cuts its text off');
              }
              if (r.height > oneLine) {
                problems.push(name(el) + ' is squeezed to ' + Math.round(r.width) + ' x ' + Math.round(r.height) + ' px');
              }
              for (let j = 0; j < i; j++) {
                const o = boxes[j];
                if (r.left < o.right - 0.5 && o.left < r.right - 0.5 && r.top < o.bottom - 0.5 && o.top < r.bottom - 0.5) {
                  problems.push(name(el) + ' overlaps ' + name(items[j]));
                }
              }
            });
            if (document.documentElement.scrollWidth > width) {
              problems.push('the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px window');
            }
            return problems;
            """;

    private static final String ON_SCREEN = """
            const el = document.getElementById(arguments[0]);
            el.scrollIntoView({block: 'nearest', inline: 'nearest'});
            const r = el.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) {
              return 'is not shown';
            }
            if (r.left < -0.5 || r.right > innerWidth + 0.5 || r.top < -0.5 || r.bottom > innerHeight + 0.5) {
              return 'lies outside the window (' + Math.round(r.left) + ',' + Math.round(r.top) + ')';
            }
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (!hit || !el.contains(hit)) {
              return 'is covered by ' + (hit ? '#' + (hit.id || hit.className || hit.tagName) : 'nothing');
            }
            const menu = el.closest('.nav-menu');
            if (menu) {
              const m = menu.getBoundingClientRect();
              if (m.left < -0.5 || m.right > innerWidth + 0.5) {
                return 'sits in a menu that reaches outside the window';
              }
            }
            return null;
            """;

    private final Browser browser;
    private final int width;

    private HeaderCheck(Browser browser, int width) {
        this.browser = browser;
        this.width = width;
    }

    /**
     * Opens {@code path} in {@code language} with a window {@code width} px wide. The window is set through Chromium's
     * device metrics (the driver's window size cannot go below Chromium's smallest window).
     */
    static HeaderCheck of(Browser browser, int width, String language, String path) {
        ChromeDriver driver = (ChromeDriver) browser.driver();
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        browser.open(path + "?lang=" + language);
        Object inner = driver.executeScript("return window.innerWidth");
        if (((Number) inner).intValue() != width) {
            throw new IllegalStateException("the window is " + inner + " px wide, not " + width);
        }
        return new HeaderCheck(browser, width);
    }

    /** Items outside the window, overlapping, cut off or squeezed, as the menus are when the page opens. */
    @SuppressWarnings("unchecked")
    List<String> layoutProblems() {
        return new ArrayList<>((List<String>) js().executeScript(LAYOUT, ONE_LINE));
    }

    /** The ids of the header's links (navigation and account), in page order. */
    @SuppressWarnings("unchecked")
    List<String> linkIds() {
        return (List<String>) js().executeScript("return Array.from(document.querySelectorAll("
                + "'.site-header .site-nav a[id], .site-header .site-account a[id]')).map(a => a.id)");
    }

    /**
     * Reaches the element as a person would: the menu button on a phone, then the group it is in; null when it is
     * then on screen and nothing covers it, else what is wrong. The group is closed again afterwards.
     */
    String reach(String id) {
        WebElement element = browser.driver().findElement(By.id(id));
        if (width < PHONE_BELOW && !browser.driver().findElement(By.id("nav-toggle")).isSelected()) {
            browser.click("nav-toggle-label");
        }
        WebElement group = (WebElement) js().executeScript("return arguments[0].closest('details.nav-group')", element);
        boolean opened = group != null && group.getDomAttribute("open") == null;
        if (opened) {
            group.findElement(By.tagName("summary")).click();
        }
        String problem = (String) js().executeScript(ON_SCREEN, id);
        if (opened) {
            group.findElement(By.tagName("summary")).click();
        }
        return problem == null ? null : "#" + id + " " + problem;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }
}
