package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.assignment.Eligibility;
import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.OrderEvent;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.provider.Provider;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps of features/appointment.feature: slots, time moving on both clocks, reschedules and no-shows. */
public class AppointmentSteps {

    private static final Pattern SPAN = Pattern.compile("(?:(\\d+) hours?)?(?: and )?(?:(\\d+) minutes?)?");

    private final ServiceOrderSteps customer;
    private final PortalBrowser portal;
    private final CurrentOrder current;
    private final PlatformTime time;
    private final TestData testData;
    private final ServiceSlots slots;
    private final ServiceItems services;
    private final ProviderCalendar calendar;
    private final Eligibility eligibility;
    private ServiceItem contested;
    private List<Boolean> holds = List.of();
    private ServiceOrder beforeNoShow;

    public AppointmentSteps(ServiceOrderSteps customer, PortalBrowser portal, CurrentOrder current, PlatformTime time,
            TestData testData, ServiceSlots slots, ServiceItems services, ProviderCalendar calendar,
            Eligibility eligibility) {
        this.customer = customer;
        this.portal = portal;
        this.current = current;
        this.time = time;
        this.testData = testData;
        this.slots = slots;
        this.services = services;
        this.calendar = calendar;
        this.eligibility = eligibility;
    }

    @Given("a service with a single provider in its city")
    public void serviceWithOneProvider() {
        contested = testData.service("homecare-jiaxing-test", ServiceCategory.HOME_CARE, "上门护理（嘉兴测试）", "嘉兴", 60);
        testData.providers("jiaxing", 1, ServiceCategory.HOME_CARE, "嘉兴");
    }

    @When("{int} customers book its first slot {day} at the same moment")
    public void concurrentBookings(int customers, LocalDate day) throws Exception {
        LocalDateTime first = LocalDateTime.of(day, ServiceSlots.OPENS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(customers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < customers; i++) {
                String orderNumber = "SLOT-RACE-" + day + "-" + i;
                Callable<Boolean> book = () -> {
                    start.await();
                    return slots.hold(contested, first, orderNumber);
                };
                results.add(pool.submit(book));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> result : results) {
                outcomes.add(result.get());
            }
            holds = outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    @Then("exactly one of them holds the slot")
    public void exactlyOneHolds() {
        assertThat(holds.stream().filter(Boolean::booleanValue)).hasSize(1);
    }

    @And("the slot is shown as full on the order form")
    public void shownAsFull() {
        LocalDate day = LocalDate.now(AppointmentTimes.ZONE).plusDays(2);
        portal.browser().open("/orders/new?service=" + contested.id());
        assertThat(SlotPicker.offers(portal.browser(), "date", "slot", day, ServiceSlots.OPENS)).as("09:00").isFalse();
        assertThat(SlotPicker.offers(portal.browser(), "date", "slot", day, ServiceSlots.OPENS.plusHours(1)))
                .as("the next slot is still free").isTrue();
    }

    @When("^it is ([\\w ]+?) (before|after) the (?:appointment|appointment's start)$")
    public void itIsRelativeToTheAppointment(String span, String side) {
        moveRelativeTo(current.appointmentStart(), span, side);
    }

    @When("^it is ([\\w ]+?) (before|after) the new start$")
    public void itIsRelativeToTheNewStart(String span, String side) {
        moveRelativeTo(customer.order().getScheduledAt(), span, side);
    }

    @When("it is {int} hours and {int} minutes before {day} at {time}")
    public void itIsBefore(int hours, int minutes, LocalDate day, LocalTime at) {
        moveRelativeTo(LocalDateTime.of(day, at), hours + " hours and " + minutes + " minutes", "before");
    }

    private void moveRelativeTo(LocalDateTime moment, String span, String side) {
        Matcher m = SPAN.matcher(span.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read the time span '" + span + "'");
        }
        Duration offset = Duration.ofHours(m.group(1) == null ? 0 : Long.parseLong(m.group(1)))
                .plusMinutes(m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
        LocalDateTime target = side.equals("before") ? moment.minus(offset) : moment.plus(offset);
        beforeNoShow = customer.order();
        time.moveTo(target.atZone(AppointmentTimes.ZONE).toInstant());
        customer.openOrderPage();
    }

    @When("she reschedules the appointment to {day} at {time}")
    public void reschedule(LocalDate day, LocalTime at) {
        customer.openOrderPage();
        SlotPicker.pick(portal.browser(), "reschedule-date", "reschedule-slot", day, at);
        portal.browser().find(By.cssSelector("#reschedule-form [type=submit]")).click();
        current.rescheduledTo(LocalDateTime.of(day, at));
    }

    @Then("the order page says the appointment can no longer be moved")
    public void noLongerMovable() {
        customer.openOrderPage();
        assertThat(portal.browser().find(By.id("reschedule-closed")).getText()).isNotBlank();
        assertThat(portal.browser().driver().findElements(By.id("reschedule-form"))).isEmpty();
    }

    @Then("the order page shows the appointment {day} at {time}")
    public void pageShowsAppointment(LocalDate day, LocalTime at) {
        customer.openOrderPage();
        assertThat(portal.browser().find(By.id("order-appointment")).getText())
                .isEqualTo(LocalDateTime.of(day, at).toString().replace('T', ' '));
        assertThat(customer.order().getScheduledAt()).isEqualTo(LocalDateTime.of(day, at));
    }

    @And("the order's timeline records the reschedule")
    public void timelineRecordsReschedule() {
        assertThat(customer.order().getTimeline()).extracting(OrderEvent::note)
                .contains(ServiceOrder.NOTE_RESCHEDULED);
    }

    @And("the appointment is still {day} at {time}")
    public void appointmentUnchanged(LocalDate day, LocalTime at) {
        assertThat(customer.order().getScheduledAt()).isEqualTo(LocalDateTime.of(day, at));
    }

    @Then("the order's timeline records that the provider did not come")
    public void noShowRecorded() {
        ProviderSteps.await(() -> customer.order().getTimeline().stream()
                .anyMatch(e -> ServiceOrder.NOTE_NO_SHOW.equals(e.note())) ? true : null, "the no-show on the timeline");
    }

    @And("another provider is assigned to come about an hour later and she is told so")
    public void replaced() {
        ServiceOrder order = ProviderSteps.await(() -> {
            ServiceOrder now = customer.order();
            return now.getProviderId().equals(beforeNoShow.getProviderId()) ? null : now;
        }, "the replacement provider");
        // an hour from when the no-show was noticed, on the half hour
        assertThat(order.getScheduledAt()).isAfter(beforeNoShow.getScheduledAt().plusHours(1))
                .isBeforeOrEqualTo(beforeNoShow.getScheduledAt().plusMinutes(105));
        assertThat(order.getScheduledAt().getMinute() % 30).isZero();
        customer.receivesEmail("更换");
    }

    @When("nobody else is free to come at the new time")
    public void nobodyElseFree() {
        ServiceOrder order = customer.order();
        ServiceItem service = services.findById(order.getServiceId()).orElseThrow();
        for (int round = 1; round <= 2; round++) {
            for (Provider other : eligibility.eligible(service.category(), service.city(), order.getScheduledAt(),
                    service.durationMinutes(), round)) {
                if (!other.getId().equals(order.getProviderId())) {
                    calendar.book(other.getId(), "BUSY-" + order.getOrderNumber(), order.getScheduledAt(),
                            service.durationMinutes());
                }
            }
        }
    }
}
