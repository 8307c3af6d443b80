package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.bson.Document;
import org.openqa.selenium.By;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.ledger.Balances;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.order.Orders;
import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.StatementLine;
import com.careflow.domain.payout.StatementStatus;
import com.careflow.domain.process.PayoutProcess;
import com.careflow.engine.EngineClock;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * The weekly settlement and the payouts, as the platform runs them: the weekly timer fires when the scenario moves
 * time to its next run, the real workers settle, approve, transfer through the simulated gateway and notify; finance
 * decides in the task inbox; the statement, the gateway's transfers and the ledger are read from MongoDB.
 */
public class PayoutSteps {

    private static final String PROVIDER = ProviderSteps.DEMO_PROVIDER_ID;
    private static final String FINANCE = "孙丽";

    private final MongoOperations mongo;
    private final Balances balances;
    private final Orders orders;
    private final CurrentOrder current;
    private final PlatformTime time;
    private final EngineClock engineClock;
    private final InboxSteps inbox;
    private final SignedInUsers users;
    private final Notices notices;

    public PayoutSteps(MongoOperations mongo, Balances balances, Orders orders, CurrentOrder current,
            PlatformTime time, EngineClock engineClock, InboxSteps inbox, SignedInUsers users, Notices notices) {
        this.mongo = mongo;
        this.balances = balances;
        this.orders = orders;
        this.current = current;
        this.time = time;
        this.engineClock = engineClock;
        this.inbox = inbox;
        this.users = users;
        this.notices = notices;
    }

    /**
     * Moves time to the weekly timer's next run, and at least to the Monday after the scenario's completions (the run
     * settles the last full week before it); the engine fires the timer and the workers take it from there.
     */
    @When("the weekly settlement runs")
    public void weeklySettlementRuns() {
        LocalDate today = LocalDate.ofInstant(time.now(), AppointmentTimes.ZONE);
        Instant nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(2, 0)
                .atZone(AppointmentTimes.ZONE).toInstant();
        Instant timer = engineClock.nextTimer(PayoutProcess.SETTLEMENT_PROCESS_ID)
                .orElseThrow(() -> new AssertionError("the weekly settlement's timer is not scheduled"));
        time.moveTo(timer.isAfter(nextMonday) ? timer : nextMonday);
        statement(); // the settlement made it
    }

    @Then("the provider's statement of the week holds the scenario's orders at the commission table's default 20 %")
    public void statementHoldsTheOrders() {
        SettlementStatement statement = statement();
        assertThat(statement.getProviderId()).isEqualTo(PROVIDER);
        for (String number : current.all()) {
            StatementLine line = statement.getLines().stream().filter(l -> l.orderNumber().equals(number))
                    .findFirst().orElseThrow(() -> new AssertionError(number + " is not on " + statement.getId()));
            Money gross = Money.yuan(orders.findById(number).orElseThrow().getAmount());
            assertThat(line.gross()).isEqualTo(gross);
            assertThat(line.rate()).isEqualByComparingTo("0.20");
            assertThat(line.commission()).isEqualTo(Money.fen(gross.fen() / 5));
            assertThat(line.net()).isEqualTo(gross.minus(line.commission()));
            assertThat(line.decision()).matches("commission@\\d+");
        }
        // other unsettled orders of hers (earlier scenarios') are on it too: the totals are the lines'
        long lines = statement.getLines().stream().mapToLong(line -> line.net().fen()).sum();
        assertThat(statement.getNet()).isEqualTo(Money.fen(lines));
        assertThat(statement.getGross().minus(statement.getCommission())).isEqualTo(statement.getNet());
    }

    @Then("the first transfer failed, the retry paid the net once and the statement is paid")
    public void paidOnceAfterARetry() {
        SettlementStatement statement = awaitStatus(StatementStatus.PAID, StatementStatus.CONFIRMED);
        String id = statement.getId();
        Document attempts = mongo.findById(id, Document.class, "gateway_transfer_attempts");
        assertThat(((Number) attempts.get("attempts")).intValue()).as("transfer attempts").isEqualTo(2);
        List<Document> transfers = mongo.find(Query.query(Criteria.where("_id").is(id)), Document.class,
                "gateway_transfers");
        assertThat(transfers).singleElement().satisfies(transfer -> {
            assertThat(((Number) transfer.get("fen")).longValue()).isEqualTo(statement.getNet().fen());
            assertThat(transfer.get("result", Document.class).getString("reference"))
                    .isEqualTo(statement.getTransferReference());
        });
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("payout:" + id)), "journal")).isTrue();
    }

    @And("the provider is told the payout was paid and sees the statement as paid on her statements page")
    public void providerToldAndSeesIt() {
        Browser provider = users.demo("provider", "/provider/statements");
        notices.awaitShown(provider, PROVIDER, PayoutProcess.TEMPLATE_PAID, CertificationSteps.PROCESS_TIMEOUT);
        provider.open("/provider/statements");
        String status = provider.find(By.id("statement-" + statement().getId())).getDomAttribute("data-status");
        assertThat(status).isIn("PAID", "CONFIRMED");
    }

    @And("her payable balance is zero and the ledger balances to zero")
    public void payableZeroAndLedgerBalanced() {
        assertThat(balances.providerPayable(PROVIDER)).isEqualTo(Money.fen(0));
        ledgerBalances();
    }

    @And("the ledger balances to zero")
    public void ledgerBalances() {
        assertThat(balances.all().values().stream().mapToLong(Money::fen).sum()).isZero();
    }

    @Then("the statement waits for finance's approval, and nothing is paid yet")
    public void waitsForFinance() {
        awaitStatus(StatementStatus.AWAITING_APPROVAL);
        UserTask task = inbox.awaitOpenTask(PayoutProcess.TASK_APPROVE, statement().getId());
        assertThat(task.candidateGroups()).containsExactly(PayoutProcess.FINANCE_GROUP);
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("payout:" + statement().getId())), "journal"))
                .isFalse();
    }

    @When("finance approves the payout in the task inbox")
    public void financeApproves() {
        inbox.decide(FINANCE, PayoutProcess.TASK_APPROVE, statement().getId(), true, null);
    }

    @When("finance rejects the payout without giving a reason")
    public void financeRejectsWithoutReason() {
        reject("");
    }

    @When("finance rejects the payout because {string}")
    public void financeRejects(String reason) {
        reject(reason);
    }

    @Then("the statement is rejected with the reason {string} and nothing was paid")
    public void rejected(String reason) {
        SettlementStatement statement = awaitStatus(StatementStatus.REJECTED);
        assertThat(statement.getDecisionReason()).isEqualTo(reason);
        assertThat(statement.getDecidedBy()).isEqualTo(inbox.idOf(FINANCE));
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is(statement.getId())), "gateway_transfers"))
                .isFalse();
    }

    @And("the provider is told the payout was rejected, and the net stays in her payable balance")
    public void providerToldOfRejection() {
        notices.awaitShown(users.demo("provider", "/notifications"), PROVIDER, PayoutProcess.TEMPLATE_REJECTED,
                CertificationSteps.PROCESS_TIMEOUT);
        assertThat(balances.providerPayable(PROVIDER).fen()).isGreaterThanOrEqualTo(statement().getNet().fen());
    }

    private void reject(String reason) {
        UserTask task = inbox.awaitOpenTask(PayoutProcess.TASK_APPROVE, statement().getId());
        Browser browser = inbox.open(FINANCE, task);
        if (!browser.driver().findElements(By.id("claim-button")).isEmpty()) {
            browser.click("claim-button");
            browser.await(d -> d.findElements(By.id("decision-reject")).isEmpty() ? null : true,
                    Duration.ofSeconds(15));
        }
        browser.click("decision-reject");
        browser.find(By.id("reviewNote")).clear();
        if (!reason.isEmpty()) {
            browser.type("reviewNote", reason);
        }
        browser.click("decide-button");
    }

    /** The statement holding the scenario's last order, once the settlement made it. */
    private SettlementStatement statement() {
        return ProviderSteps.await(() -> mongo.findOne(Query.query(Criteria.where("lines.orderNumber")
                .is(current.number())), SettlementStatement.class), "a statement holding " + current.number());
    }

    private SettlementStatement awaitStatus(StatementStatus... statuses) {
        return ProviderSteps.await(() -> {
            SettlementStatement statement = statement();
            return List.of(statuses).contains(statement.getStatus()) ? statement : null;
        }, "the statement to be " + List.of(statuses));
    }
}
