package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.ledger.Account;
import com.careflow.domain.ledger.AccountKind;
import com.careflow.domain.ledger.Balances;
import com.careflow.domain.ledger.JournalEntry;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

import io.cucumber.java.en.And;

/** What the ledger holds for the scenario's order, read from the journal in MongoDB as the platform wrote it. */
public class LedgerSteps {

    private static final Duration POSTED_WITHIN = Duration.ofSeconds(20);
    private static final Account CLEARING = Account.of(AccountKind.CUSTOMER_PAYMENTS_CLEARING);
    private static final Account PREPAYMENTS = Account.of(AccountKind.CUSTOMER_PREPAYMENTS);

    private final MongoOperations mongo;
    private final Balances balances;
    private final Orders orders;
    private final CurrentOrder current;

    public LedgerSteps(MongoOperations mongo, Balances balances, Orders orders, CurrentOrder current) {
        this.mongo = mongo;
        this.balances = balances;
        this.orders = orders;
        this.current = current;
    }

    @And("the ledger holds the order's charge and its refund, and the order's clearing is back at zero")
    public void chargedAndRefundedBeforeDelivery() {
        String order = current.number();
        awaitEntry("refund:" + order);

        assertThat(entryIds(order)).hasSize(2).contains("refund:" + order)
                .anySatisfy(id -> assertThat(id).startsWith("charge:" + order + ":"));
        assertThat(balances.of(order)).containsOnly(Map.entry(CLEARING, Money.fen(0)),
                Map.entry(PREPAYMENTS, Money.fen(0)));
    }

    @And("the ledger holds the charge, the completion split at the commission table's default 20 % and the refund carried by the platform")
    public void chargedCompletedAndRefundedAfterDelivery() {
        ServiceOrder order = orders.findById(current.number()).orElseThrow();
        String number = order.getOrderNumber();
        awaitEntry("refund:" + number);
        Money amount = Money.yuan(order.getAmount());
        Money commission = Money.yuan(order.getAmount().multiply(new BigDecimal("0.20"))
                .setScale(2, RoundingMode.HALF_UP));

        assertThat(entryIds(number)).hasSize(3).contains("completion:" + number, "refund:" + number);
        assertThat(balances.of(number)).containsOnly(Map.entry(CLEARING, Money.fen(0)),
                Map.entry(PREPAYMENTS, Money.fen(0)),
                Map.entry(Account.of(AccountKind.PLATFORM_REVENUE), commission.negate()),
                Map.entry(Account.providerPayable(order.getProviderId()), amount.minus(commission).negate()),
                Map.entry(Account.of(AccountKind.REFUNDS), amount));
        // the escort is not premium: the table's default row, with the version that gave it on the entry
        Document completion = mongo.findById("completion:" + number, Document.class, JournalEntry.COLLECTION);
        assertThat(new BigDecimal(completion.get("commissionRate").toString())).isEqualByComparingTo("0.20");
        assertThat(completion.getString("commissionDecision")).matches("commission@\\d+");
    }

    private List<String> entryIds(String orderNumber) {
        return mongo.find(Query.query(Criteria.where("reference").is(orderNumber)), Document.class,
                JournalEntry.COLLECTION).stream().map(entry -> entry.getString("_id")).toList();
    }

    /** The refund is posted right after the gateway's refund is recorded, which the scenario waited for. */
    private void awaitEntry(String id) {
        Instant deadline = Instant.now().plus(POSTED_WITHIN);
        while (!mongo.exists(Query.query(Criteria.where("_id").is(id)), JournalEntry.COLLECTION)) {
            assertThat(Instant.now()).as("entry %s posted within %s", id, POSTED_WITHIN).isBefore(deadline);
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
