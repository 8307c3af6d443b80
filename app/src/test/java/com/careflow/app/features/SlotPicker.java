package com.careflow.app.features;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Picks a day and a slot in the portal's slot picker: the slots reload for the day, as a person sees them. The
 * picker replaces its options on every reload and marks the select with the day they are for ({@code data-date});
 * so every read waits for the reload this pick started and finds the select anew ({@link #whenShown}).
 */
final class SlotPicker {

    private static final Duration RELOAD = Duration.ofSeconds(15);

    private SlotPicker() {
    }

    /** With {@code time} null only the day is set (the form is meant to be rejected for other reasons). */
    static void pick(Browser browser, String dateId, String slotId, LocalDate day, LocalTime time) {
        showDay(browser, dateId, slotId, day);
        if (time == null) {
            return;
        }
        String value = time.toString();
        whenShown(browser, slotId, day, select -> {
            if (!bookable(select, value)) {
                return null; // not (yet) offered: wait, as a person would for the list to fill
            }
            select.selectByValue(value);
            return value.equals(select.getFirstSelectedOption().getDomAttribute("value")) ? true : null;
        });
    }

    /** Whether the picker offers {@code time} on {@code day} as bookable. */
    static boolean offers(Browser browser, String dateId, String slotId, LocalDate day, LocalTime time) {
        showDay(browser, dateId, slotId, day);
        String value = time.toString();
        // an Optional, because the wait takes a plain false as "not yet"
        return whenShown(browser, slotId, day, select -> Optional.of(bookable(select, value))).orElseThrow();
    }

    /**
     * Sets the day as a person does (the change event reloads the slots). The select's day mark goes first, in the
     * same script: a mark left by an earlier load of the same day would otherwise pass for this reload.
     */
    private static void showDay(Browser browser, String dateId, String slotId, LocalDate day) {
        ((JavascriptExecutor) browser.driver()).executeScript("""
                var date = document.getElementById(arguments[0]);
                document.getElementById(arguments[1]).removeAttribute('data-date');
                date.value = arguments[2];
                date.dispatchEvent(new Event('change', {bubbles: true}));
                """, dateId, slotId, day.toString());
    }

    /**
     * The one place that reads the slot list: once it shows {@code day}, {@code read} gets the select found anew;
     * when the options are replaced under it (a stale element), {@link Browser#await} starts over, until
     * {@code read} answers.
     */
    private static <T> T whenShown(Browser browser, String slotId, LocalDate day, Function<Select, T> read) {
        return browser.await(d -> {
            WebElement select = d.findElement(By.id(slotId));
            return day.toString().equals(select.getDomAttribute("data-date")) ? read.apply(new Select(select)) : null;
        }, RELOAD);
    }

    private static boolean bookable(Select select, String value) {
        return select.getOptions().stream()
                .anyMatch(option -> value.equals(option.getDomAttribute("value")) && option.isEnabled());
    }
}
