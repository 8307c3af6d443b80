package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.openqa.selenium.By;

import com.careflow.domain.assignment.AssignedBy;
import com.careflow.domain.assignment.Eligibility;
import com.careflow.domain.assignment.GrabOutcome;
import com.careflow.domain.assignment.Offer;
import com.careflow.domain.assignment.Offers;
import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Steps of features/grab-order.feature. */
public class GrabOrderSteps {

    private final ServiceOrderSteps customer;
    private final ProviderSteps providerSteps;
    private final OperationsSteps operations;
    private final PortalBrowser portal;
    private final CurrentOrder current;
    private final TestData testData;
    private final Offers offers;
    private final Providers providers;
    private final Map<String, Map<String, GrabOutcome>> outcomes = new ConcurrentHashMap<>();
    private List<Provider> racers = List.of();
    private Set<String> firstRound = Set.of();

    public GrabOrderSteps(ServiceOrderSteps customer, ProviderSteps providerSteps, OperationsSteps operations,
            PortalBrowser portal, CurrentOrder current, TestData testData, Offers offers, Providers providers) {
        this.customer = customer;
        this.providerSteps = providerSteps;
        this.operations = operations;
        this.portal = portal;
        this.current = current;
        this.testData = testData;
        this.offers = offers;
        this.providers = providers;
    }

    @When("a customer pays for {string} {day} at {time}")
    public void customerPays(String serviceName, LocalDate day, LocalTime at) {
        if (!portal.isSignedIn()) {
            customer.signInAsDemoCustomer();
        }
        customer.order(serviceName, "王芳", "13800138000", day, at);
        customer.pay("4242 4242 4242 4242");
        providerSteps.awaitStatus(current.number(), OrderStatus.PAID);
    }

    @Given("{int} certified escorts in {word} and {int} paid escort orders in {word} at different times")
    public void raceSetUp(int escorts, String city, int orderCount, String ordersCity) {
        assertThat(ordersCity).as("the orders are where the escorts are").isEqualTo(city);
        ServiceItem service = testData.service("escort-race-" + city, ServiceCategory.COMPANION_ESCORT,
                "抢单测试陪诊（" + city + "）", city, 120);
        racers = testData.providers("race-" + city, escorts, ServiceCategory.COMPANION_ESCORT, city);
        LocalTime[] times = { LocalTime.of(9, 0), LocalTime.of(11, 0), LocalTime.of(13, 0), LocalTime.of(15, 0) };
        for (int i = 0; i < orderCount; i++) {
            customerPays(service.name(), LocalDate.now(com.careflow.domain.appointment.AppointmentTimes.ZONE)
                    .plusDays(2 + i / times.length), times[i % times.length]);
            providerSteps.openOffer(current.number());
        }
    }

    @When("every escort grabs every order at the same moment")
    public void everyoneGrabs() throws Exception {
        List<String> orderNumbers = current.all();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Provider racer : racers) {
                done.add(pool.submit(() -> {
                    List<String> mine = new ArrayList<>(orderNumbers);
                    Collections.shuffle(mine);
                    start.await();
                    for (String orderNumber : mine) {
                        outcomes.computeIfAbsent(orderNumber, k -> new ConcurrentHashMap<>())
                                .put(racer.getId(), providerSteps.grabAsThePortalDoes(orderNumber, racer.getId()));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Then("each order has exactly one provider")
    public void exactlyOneWinnerEach() {
        for (String orderNumber : current.all()) {
            assertThat(winners(orderNumber)).as("winners of " + orderNumber).hasSize(1);
            assertThat(offers.findById(orderNumber).orElseThrow().getWinnerId())
                    .isEqualTo(winners(orderNumber).getFirst());
        }
    }

    @And("every other grab of an order was told it is already taken or that the provider is busy then")
    public void losersTold() {
        for (String orderNumber : current.all()) {
            Map<String, GrabOutcome> ofOrder = outcomes.get(orderNumber);
            assertThat(ofOrder).hasSize(racers.size());
            assertThat(ofOrder.values().stream().filter(o -> o != GrabOutcome.WON))
                    .hasSize(racers.size() - 1)
                    .allMatch(o -> o == GrabOutcome.ALREADY_TAKEN || o == GrabOutcome.PROVIDER_BUSY);
        }
    }

    @And("no escort holds two bookings at the same time")
    public void noDoubleBooking() {
        Map<String, List<String>> wonBy = current.all().stream()
                .collect(Collectors.groupingBy(no -> winners(no).getFirst()));
        wonBy.forEach((provider, won) -> {
            List<ServiceOrder> theirs = won.stream().map(no -> providerSteps.awaitStatus(no, OrderStatus.CONFIRMED))
                    .toList();
            for (ServiceOrder a : theirs) {
                for (ServiceOrder b : theirs) {
                    if (a != b) {
                        assertThat(a.getScheduledAt().isBefore(b.getScheduledAt().plusMinutes(120))
                                && b.getScheduledAt().isBefore(a.getScheduledAt().plusMinutes(120)))
                                .as(provider + " booked twice at once").isFalse();
                    }
                }
            }
        });
    }

    @And("each order is confirmed with the provider who won it")
    public void confirmedWithWinners() {
        for (String orderNumber : current.all()) {
            ServiceOrder order = providerSteps.awaitStatus(orderNumber, OrderStatus.CONFIRMED);
            assertThat(order.getProviderId()).isEqualTo(winners(orderNumber).getFirst());
        }
    }

    @Then("the order is offered to the {word} escorts of standard level and above")
    public void offeredFirstRound(String city) {
        Offer offer = providerSteps.openOffer(current.number());
        assertThat(offer.getRound()).isEqualTo(1);
        assertThat(offer.getEligibleProviderIds()).isNotEmpty();
        for (String id : offer.getEligibleProviderIds()) {
            Provider provider = providers.findById(id).orElseThrow();
            assertThat(provider.getCity()).isEqualTo(city);
            assertThat(provider.levelFor(ServiceCategory.COMPANION_ESCORT).compareTo(Eligibility.FIRST_ROUND_LEVEL))
                    .isGreaterThanOrEqualTo(0);
        }
        firstRound = offer.getEligibleProviderIds();
    }

    @Then("the offer widens to escorts of any level in {word} and its neighbouring cities")
    public void widened(String city) {
        Offer offer = ProviderSteps.await(() -> offers.findById(current.number())
                .filter(o -> o.getRound() == 2).orElse(null), "the offer's second round");
        assertThat(offer.getEligibleProviderIds()).containsAll(firstRound);
        List<Provider> added = offer.getEligibleProviderIds().stream().filter(id -> !firstRound.contains(id))
                .map(id -> providers.findById(id).orElseThrow()).toList();
        assertThat(added).as("providers the widening reached").isNotEmpty()
                .allMatch(p -> !p.getCity().equals(city)
                        || p.levelFor(ServiceCategory.COMPANION_ESCORT).compareTo(CertificationLevel.STANDARD) < 0);
    }

    @And("operations sees the order among the orders stuck in assignment")
    public void operationsSeesStuckOrder() {
        operations.signedIn().open("/operations/assignments");
        operations.signedIn().find(By.cssSelector("[data-order='" + current.number() + "']"));
    }

    @Then("operations receives an email that nobody grabbed the order")
    public void operationsEmailed() {
        ProviderSteps.await(() -> operations.mailMentions(current.number()) ? true : null,
                "the operations email about " + current.number());
    }

    @And("the order is confirmed with the best-scoring provider, assigned automatically")
    public void autoAssigned() {
        ServiceOrder order = providerSteps.awaitStatus(current.number(), OrderStatus.CONFIRMED);
        Offer offer = offers.findById(current.number()).orElseThrow();
        assertThat(offer.getAssignedBy()).isEqualTo(AssignedBy.AUTO);
        assertThat(order.getProviderId()).isEqualTo(offer.getWinnerId());
        assertThat(offer.getEligibleProviderIds()).contains(order.getProviderId());
        assertThat(order.getProviderId()).isEqualTo(operations.bestScoring(offer));
    }

    private List<String> winners(String orderNumber) {
        return outcomes.getOrDefault(orderNumber, Map.of()).entrySet().stream()
                .filter(e -> e.getValue() == GrabOutcome.WON).map(Map.Entry::getKey).toList();
    }
}
