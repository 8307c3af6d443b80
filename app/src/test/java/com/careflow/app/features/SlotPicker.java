package com.careflow.app.features;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Picks a day and a slot in the portal's slot picker: the slots reload for the day, as a person sees them. */
final class SlotPicker {

    private SlotPicker() {
    }

    /** With {@code time} null only the day is set (the form is meant to be rejected for other reasons). */
    static void pick(Browser browser, String dateId, String slotId, LocalDate day, LocalTime time) {
        WebElement date = browser.find(By.id(dateId));
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                date, day.toString());
        if (time == null) {
            return;
        }
        String value = time.toString();
        // the picker marks which day its options are for once they reloaded
        browser.await(d -> {
            WebElement select = d.findElement(By.id(slotId));
            String shownDay = select.getDomAttribute("data-date");
            return day.toString().equals(shownDay)
                    && select.findElements(By.cssSelector("option[value='" + value + "']")).stream()
                            .anyMatch(WebElement::isEnabled) ? select : null;
        }, Duration.ofSeconds(15));
        new Select(browser.find(By.id(slotId))).selectByValue(value);
    }

    /** Whether the picker offers {@code time} on {@code day} as bookable. */
    static boolean offers(Browser browser, String dateId, String slotId, LocalDate day, LocalTime time) {
        pick(browser, dateId, slotId, day, null);
        String value = time.toString();
        browser.await(d -> day.toString().equals(d.findElement(By.id(slotId)).getDomAttribute("data-date")) ? true : null,
                Duration.ofSeconds(15));
        return browser.driver().findElements(By.cssSelector("#" + slotId + " option[value='" + value + "']"))
                .stream().anyMatch(WebElement::isEnabled);
    }
}
