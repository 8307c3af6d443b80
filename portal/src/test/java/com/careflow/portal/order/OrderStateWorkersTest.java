package com.careflow.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.ledger.Account;
import com.careflow.domain.ledger.AccountKind;
import com.careflow.domain.ledger.Balances;
import com.careflow.domain.ledger.CommissionRate;
import com.careflow.domain.ledger.CommissionTable;
import com.careflow.domain.ledger.JournalEntries;
import com.careflow.domain.ledger.Ledger;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.domain.order.CancelReason;
import com.careflow.domain.order.OrderEvent;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.PaymentState;
import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Location;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.portal.InMemoryMongo;
import com.careflow.worker.BpmnError;
import com.careflow.worker.TaskFailure;
import com.careflow.worker.TopicWorker;

/** The order-state topic workers against real repositories (in-memory Mongo); the engine calls the methods. */
@DataMongoTest
@Import({ InMemoryMongo.class, OrderStateWorkers.class, OrderChanges.class, Ledger.class, MoneyMovements.class,
        Balances.class, OrderStateWorkersTest.Table.class })
class OrderStateWorkersTest {

    /** The commission port as the engine answers it: premium providers at 15 %, the rest at 20 %, version 7. */
    @TestConfiguration
    static class Table {

        final List<String> asked = new ArrayList<>();

        @Bean
        CommissionTable commissionTable() {
            return (level, category) -> {
                asked.add(level + " " + category);
                return new CommissionRate(new BigDecimal(level == CertificationLevel.PREMIUM ? "0.15" : "0.20"),
                        "commission@7");
            };
        }
    }

    static final String ORDER = "ORD20250101000300";
    static final String CUSTOMER = "customer-7";
    static final String GRABBER = "provider-grabbed";

    @Autowired
    OrderStateWorkers workers;
    @Autowired
    Orders orders;
    @Autowired
    Providers providers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Clock clock;
    @Autowired
    Balances balances;
    @Autowired
    JournalEntries journal;
    @Autowired
    ServiceItems services;
    @Autowired
    Table table;

    @BeforeEach
    void pendingOrder() {
        orders.deleteAll();
        mongo.remove(new Query(), "offers");
        providers.deleteAll();
        journal.deleteAll();
        table.asked.clear();
        services.save(new ServiceItem(TestOrders.SERVICE_ID, ServiceCategory.COMPANION_ESCORT, "半日陪诊（北京）", "",
                new BigDecimal("199.00"), 240, "北京", true));
        TestOrders.pendingOrder(orders, ORDER, CUSTOMER, clock);
    }

    @Test
    void confirmRecordsTheApprovedPaymentAndTheOfferWinnerOnce() {
        offerTaken(GRABBER, "周敏", "GRAB");

        workers.confirm(ORDER, "PAY-42", "someone-else");
        ServiceOrder confirmed = order();
        assertThat(confirmed.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(confirmed.getPaymentId()).isEqualTo("PAY-42");
        assertThat(confirmed.getProviderId()).as("the offer in Mongo decides, not the variable").isEqualTo(GRABBER);
        assertThat(confirmed.getProviderName()).isEqualTo("周敏");
        assertThat(confirmed.getTimeline()).extracting(OrderEvent::status)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.CONFIRMED);
        assertThat(confirmed.getTimeline()).last().extracting(OrderEvent::actor, OrderEvent::actorName)
                .as("the provider who grabbed it confirmed it").containsExactly(GRABBER, "周敏");

        // redelivered task: nothing changes, not even the version
        workers.confirm(ORDER, "PAY-42", "someone-else");
        ServiceOrder again = order();
        assertThat(again.getTimeline()).hasSize(3);
        assertThat(again.getVersion()).isEqualTo(confirmed.getVersion());
    }

    @Test
    void autoAssignedOrderIsConfirmedByTheSystem() {
        paid();
        offerTaken("provider-auto", "吴强", "AUTO");

        workers.confirm(ORDER, "PAY-7", "provider-auto");

        assertThat(order().getTimeline()).extracting(OrderEvent::status)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.CONFIRMED);
        assertThat(order().getTimeline()).last().extracting(OrderEvent::actor, OrderEvent::note)
                .containsExactly(OrderStateWorkers.SYSTEM, "吴强");
    }

    @Test
    void withoutATakenOfferTheProviderVariableIsLookedUp() {
        paid();
        providers.save(new Provider("provider-9", "郑洁", "北京", "海淀区", List.of(), List.of("zh"), Set.of(), 4.8,
                true, new Location(39.96, 116.30)));

        workers.confirm(ORDER, "PAY-7", "provider-9");

        assertThat(order().getProviderName()).isEqualTo("郑洁");
    }

    @Test
    void noProviderAtAllRaisesAnIncident() {
        paid();

        assertThatThrownBy(() -> workers.confirm(ORDER, "PAY-7", null))
                .isInstanceOfSatisfying(TaskFailure.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains(ORDER, "no provider");
                });
        assertThat(order().getStatus()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void declinedPaymentKeepsTheDeclineTextForTheCustomer() {
        workers.cancel(ORDER, "card declined by issuer", null, Map.of());
        ServiceOrder cancelled = order();
        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.getCancelReasonCode()).isEqualTo(CancelReason.PAYMENT_DECLINED);
        assertThat(cancelled.getCancelReason()).isEqualTo("card declined by issuer");
        assertThat(cancelled.getTimeline()).last().extracting(OrderEvent::actor).isEqualTo(OrderStateWorkers.SYSTEM);

        workers.cancel(ORDER, "card declined by issuer", null, Map.of());
        assertThat(order().getTimeline()).hasSize(2);
    }

    @Test
    void timeoutComesFromTheHeaderAndIgnoresAnyDeclineText() {
        workers.cancel(ORDER, "stale text", null, reason("payment-timeout"));

        ServiceOrder cancelled = order();
        assertThat(cancelled.getCancelReasonCode()).isEqualTo(CancelReason.PAYMENT_TIMEOUT);
        assertThat(cancelled.getCancelReason()).isNull();
        assertThat(cancelled.getTimeline()).last().extracting(OrderEvent::note).isEqualTo("payment-timeout");
    }

    @Test
    void customerCancellationNamesTheCustomer() {
        confirmedWith(GRABBER, "周敏");

        workers.cancel(ORDER, null, CUSTOMER, reason("customer-cancelled"));

        ServiceOrder cancelled = order();
        assertThat(cancelled.getCancelReasonCode()).isEqualTo(CancelReason.CUSTOMER_CANCELLED);
        assertThat(cancelled.getTimeline()).last().extracting(OrderEvent::actor, OrderEvent::actorName)
                .containsExactly(CUSTOMER, "Demo " + CUSTOMER);
    }

    @Test
    void unknownReasonHeaderRaisesAnIncidentAndChangesNothing() {
        assertThatThrownBy(() -> workers.cancel(ORDER, null, null, reason("payment_timeout")))
                .isInstanceOfSatisfying(TaskFailure.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains(ORDER, "payment_timeout", "payment-timeout");
                });
        assertThat(order().getStatus()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void serviceStartsAndCompletesByTheProviderThenIsRefundedOnce() {
        orders.deleteAll();
        TestOrders.pendingOrder(orders, ORDER, CUSTOMER, LocalDateTime.now(clock).minusMinutes(5), clock);
        confirmedWith(GRABBER, "周敏");
        certified(GRABBER, CertificationLevel.PREMIUM);

        workers.start(ORDER);
        workers.start(ORDER);
        workers.complete(ORDER);
        workers.complete(ORDER);
        ServiceOrder completed = order();
        Money amount = Money.yuan(completed.getAmount());
        Money commission = Money.fen(Math.round(amount.fen() * 0.15));
        assertThat(table.asked).as("the table is asked once, for the provider's level in the service's category")
                .containsExactly("PREMIUM COMPANION_ESCORT");
        assertThat(journal.findAll()).as("a redelivered completion is posted once").singleElement()
                .satisfies(entry -> {
                    assertThat(entry.id()).isEqualTo("completion:" + ORDER);
                    assertThat(entry.commissionRate()).isEqualByComparingTo("0.15");
                    assertThat(entry.commissionDecision()).isEqualTo("commission@7");
                });
        assertThat(balances.of(ORDER)).containsOnly(
                Map.entry(Account.of(AccountKind.CUSTOMER_PREPAYMENTS), amount),
                Map.entry(Account.of(AccountKind.PLATFORM_REVENUE), commission.negate()),
                Map.entry(Account.providerPayable(GRABBER), amount.minus(commission).negate()));
        completed.fileComplaint("late", CUSTOMER, clock);
        completed.decideComplaint(true, "admin-1", "赵敏", clock);
        orders.save(completed);
        workers.refund(ORDER, "sim_re_1");
        workers.refund(ORDER, "sim_re_1");

        ServiceOrder refunded = order();
        assertThat(refunded.getStatus()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.getRefundId()).isEqualTo("sim_re_1");
        assertThat(refunded.getTimeline()).filteredOn(e -> e.note() == null || !e.note().startsWith("complaint"))
                .extracting(OrderEvent::status, OrderEvent::actorName).containsExactly(
                        tuple(OrderStatus.PENDING, "Demo " + CUSTOMER),
                        tuple(OrderStatus.PAID, "payment-worker"),
                        tuple(OrderStatus.CONFIRMED, "周敏"),
                        tuple(OrderStatus.IN_PROGRESS, "周敏"),
                        tuple(OrderStatus.COMPLETED, "周敏"),
                        tuple(OrderStatus.REFUNDED, OrderStateWorkers.SYSTEM));
    }

    @Test
    void anUnknownOrderRaisesAnIncidentAtOnce() {
        assertThatThrownBy(() -> workers.start("ORD20250101009999"))
                .isInstanceOfSatisfying(TaskFailure.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).isEqualTo("Order ORD20250101009999 does not exist");
                });
    }

    @Test
    void aForbiddenTransitionRaisesAnIncidentWithTheReason() {
        workers.cancel(ORDER, "declined", null, Map.of());
        offerTaken(GRABBER, "周敏", "GRAB");

        assertThatThrownBy(() -> workers.confirm(ORDER, "PAY-1", GRABBER))
                .isInstanceOfSatisfying(TaskFailure.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains(ORDER, "CANCELLED", "CONFIRMED");
                });
        assertThatThrownBy(() -> workers.start(ORDER)).isInstanceOf(TaskFailure.class);
        assertThat(order().getStatus()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void eachStepListensOnItsTopic() {
        assertThat(List.of(OrderStateWorkers.class.getMethods()))
                .filteredOn(method -> method.isAnnotationPresent(TopicWorker.class))
                .extracting(method -> method.getAnnotation(TopicWorker.class).value())
                .containsExactlyInAnyOrder(ServiceOrderProcess.JOB_CONFIRM_ORDER, ServiceOrderProcess.JOB_CANCEL_ORDER,
                        ServiceOrderProcess.JOB_START_ORDER, ServiceOrderProcess.JOB_COMPLETE_ORDER,
                        ServiceOrderProcess.JOB_REFUND_ORDER, ServiceOrderProcess.JOB_RECORD_PAYMENT_FAILURE);
    }

    @Test
    void aCompletionBeforeTheStartIsTheModelsServiceNotStartedErrorAndChangesNothing() {
        TestOrders.confirmedOrder(orders, "ORD20250101000301", CUSTOMER, LocalDateTime.now(clock).plusMinutes(20),
                clock);
        workers.start("ORD20250101000301");

        assertThatThrownBy(() -> workers.complete("ORD20250101000301"))
                .isInstanceOfSatisfying(BpmnError.class, e -> {
                    assertThat(e.code()).isEqualTo(ServiceOrderProcess.ERROR_SERVICE_NOT_STARTED);
                    assertThat(e.getMessage()).contains("cannot be completed before its start");
                });
        assertThat(orders.findById("ORD20250101000301").orElseThrow().getStatus())
                .isEqualTo(OrderStatus.IN_PROGRESS);
    }

    @Test
    void aPaymentTheGatewayNeverTookIsRecordedAsFailedSoTheCustomerCanPayAgain() {
        ServiceOrder pending = order();
        pending.submitPayment("0119", clock);
        orders.save(pending);

        workers.paymentFailed(ORDER, 1);
        workers.paymentFailed(ORDER, 1);

        assertThat(order().getPayment().state()).isEqualTo(PaymentState.FAILED);
        assertThat(order().getStatus()).isEqualTo(OrderStatus.PENDING);
    }

    private ServiceOrder order() {
        return orders.findById(ORDER).orElseThrow();
    }

    private void paid() {
        ServiceOrder order = order();
        order.markPaid("PAY-7", "payment-worker", clock);
        orders.save(order);
    }

    @Test
    void aProviderWithoutACertificateInTheCategoryIsAskedForWithNoLevel() {
        orders.deleteAll();
        TestOrders.pendingOrder(orders, ORDER, CUSTOMER, LocalDateTime.now(clock).minusMinutes(5), clock);
        confirmedWith(GRABBER, "周敏");
        workers.start(ORDER);

        workers.complete(ORDER);

        assertThat(table.asked).containsExactly("null COMPANION_ESCORT");
        assertThat(journal.findById("completion:" + ORDER)).get().extracting(entry -> entry.commissionDecision())
                .isEqualTo("commission@7");
    }

    @Test
    void aCompletionOfAServiceNoLongerInTheCatalogueIsAnIncidentAndPostsNothing() {
        orders.deleteAll();
        TestOrders.pendingOrder(orders, ORDER, CUSTOMER, LocalDateTime.now(clock).minusMinutes(5), clock);
        confirmedWith(GRABBER, "周敏");
        workers.start(ORDER);
        services.deleteAll();

        assertThatThrownBy(() -> workers.complete(ORDER)).isInstanceOf(TaskFailure.class)
                .hasMessageContaining(TestOrders.SERVICE_ID).hasMessageContaining("commission cannot be decided");
        assertThat(journal.count()).isZero();
    }

    private void certified(String providerId, CertificationLevel level) {
        Certification escort = new Certification(ServiceCategory.COMPANION_ESCORT, level,
                Instant.now(clock).plusSeconds(86400));
        providers.save(new Provider(providerId, "周敏", "北京", "海淀区", List.of(escort),
                List.of("zh"), Set.of(), 4.8, true, new Location(39.96, 116.30)));
    }

    private void confirmedWith(String providerId, String name) {
        paid();
        offerTaken(providerId, name, "GRAB");
        workers.confirm(ORDER, "PAY-7", providerId);
    }

    /** The offer document as OfferDesk leaves it after a claim. */
    private void offerTaken(String winnerId, String winnerName, String assignedBy) {
        mongo.getCollection("offers").insertOne(new Document("_id", ORDER).append("status", "TAKEN")
                .append("winnerId", winnerId).append("winnerName", winnerName).append("assignedBy", assignedBy));
    }

    private static Map<String, String> reason(String header) {
        return Map.of(ServiceOrderProcess.HEADER_REASON, header);
    }
}
