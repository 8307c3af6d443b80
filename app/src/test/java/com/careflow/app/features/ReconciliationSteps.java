package com.careflow.app.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Locale;

import org.bson.Document;
import org.bson.types.Decimal128;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

import com.careflow.domain.ledger.JournalEntry;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.domain.order.Orders;
import com.careflow.domain.process.ReconciliationProcess;
import com.careflow.domain.reconciliation.ReconciliationReport;
import com.careflow.domain.reconciliation.ReconciliationReports;
import com.careflow.engine.EngineClock;

import io.cucumber.java.en.And;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/**
 * Steps of features/reconciliation.feature: what a bug or a lost message would leave behind (written straight into
 * MongoDB, past the platform's code), the night passing on both clocks until the engine's nightly timer has run the
 * reconciliation, and what finance reads on its page and operations in its mailbox.
 */
public class ReconciliationSteps {

    private static final String ALERT_SUBJECT = "对账发现";

    private final MongoOperations mongo;
    private final Orders orders;
    private final MoneyMovements movements;
    private final ReconciliationReports reports;
    private final PlatformTime time;
    private final PlatformClock clock;
    private final EngineClock engineClock;
    private final CurrentOrder current;
    private final SignedInUsers users;
    private final OperationsSteps operations;

    /** The day the scenario's money moved on, which the night's run reconciles; a statement it wrote. */
    private LocalDate day;
    private String statement;
    /** Makes the scenario's providers its own: the feature runs more than once against one database. */
    private final String token = Long.toString(System.nanoTime(), 36);
    /** The order's amount as placed, remembered before a step changes or deletes the order. */
    private String placedAmount = "";

    public ReconciliationSteps(MongoOperations mongo, Orders orders, MoneyMovements movements,
            ReconciliationReports reports, PlatformTime time, PlatformClock clock, EngineClock engineClock,
            CurrentOrder current, SignedInUsers users, OperationsSteps operations) {
        this.mongo = mongo;
        this.orders = orders;
        this.movements = movements;
        this.reports = reports;
        this.time = time;
        this.clock = clock;
        this.engineClock = engineClock;
        this.current = current;
        this.users = users;
        this.operations = operations;
    }

    /**
     * A day no other scenario moves money on: the others work today or move time forward, never back. Finance's
     * clean day is this one, however often the feature runs against the same database.
     */
    @Given("it is a quiet day, {int} days ago, at {time}")
    public void quietDay(int daysAgo, LocalTime at) {
        LocalDate quiet = LocalDate.ofInstant(Instant.now(), clock.getZone()).minusDays(daysAgo);
        time.moveTo(quiet.atTime(at).atZone(clock.getZone()).toInstant());
    }

    @And("the ledger loses the order's charge entry")
    public void chargeEntryLost() {
        rememberAmount();
        mongo.remove(query(where("_id").is(chargeEntryId())), JournalEntry.COLLECTION);
    }

    @And("the ledger's charge entry of the order says {bigdecimal} yuan")
    public void chargeEntryChanged(BigDecimal yuan) {
        rememberAmount();
        long fen = Money.yuan(yuan).fen();
        mongo.updateFirst(query(where("_id").is(chargeEntryId())),
                new Update().set("lines.0.amount.fen", fen).set("lines.1.amount.fen", -fen), JournalEntry.COLLECTION);
    }

    @And("the order's amount is changed to {bigdecimal} yuan")
    public void orderAmountChanged(BigDecimal yuan) {
        rememberAmount();
        mongo.updateFirst(query(where("_id").is(current.number())), Update.update("amount", new Decimal128(yuan)),
                "orders");
    }

    @And("the order disappears")
    public void orderDisappears() {
        rememberAmount();
        mongo.remove(query(where("_id").is(current.number())), "orders");
    }

    @And("the ledger loses the order's refund entry")
    public void refundEntryLost() {
        rememberAmount();
        String refund = "refund:" + current.number();
        ProviderSteps.await(() -> mongo.exists(query(where("_id").is(refund)), JournalEntry.COLLECTION) ? true : null,
                "the refund posted");
        mongo.remove(query(where("_id").is(refund)), JournalEntry.COLLECTION);
    }

    /** The settlement's statement as it stores one, paid today; the payout entry is the scenario's business. */
    @Given("provider {string} was paid a settlement of {bigdecimal} yuan today")
    public void statementPaid(String providerId, BigDecimal net) {
        LocalDate today = LocalDate.ofInstant(time.now(), clock.getZone());
        statement = providerId + "-" + token + ":" + today.minusDays(7);
        long fen = Money.yuan(net).fen();
        mongo.insert(new Document("_id", statement).append("providerId", providerId)
                .append("periodStart", Date.from(today.minusDays(7).atStartOfDay(clock.getZone()).toInstant()))
                .append("periodEnd", Date.from(today.atStartOfDay(clock.getZone()).toInstant()))
                .append("net", money(fen)).append("gross", money(fen)).append("commission", money(0))
                .append("status", "PAID").append("transferReference", "sim_tr_" + statement)
                .append("paidAt", Date.from(time.now())), "settlement_statements");
    }

    @And("its payout never reached the ledger")
    public void payoutNeverPosted() {
        // nothing to do: the statement is paid and no payout entry is posted for it
        assertThat(mongo.exists(query(where("_id").is("payout:" + statement)), JournalEntry.COLLECTION)).isFalse();
    }

    @And("the ledger posted its payout as {bigdecimal} yuan")
    public void payoutPostedAs(BigDecimal yuan) {
        movements.payoutSent(statement, statement.substring(0, statement.indexOf(':')), Money.yuan(yuan));
    }

    @Given("the ledger posts a payout of {bigdecimal} yuan to provider {string} for a statement that does not exist")
    public void payoutWithoutStatement(BigDecimal yuan, String providerId) {
        String provider = providerId + "-" + token;
        statement = provider + ":" + LocalDate.ofInstant(time.now(), clock.getZone()).minusDays(7);
        movements.payoutSent(statement, provider, Money.yuan(yuan));
    }

    /**
     * The night passes: both clocks move to the engine's nightly timer in the first night after today (its cron is
     * in the engine JVM's zone), which runs the reconciliation of today. A previous scenario's night may have left
     * the cycle's next firing later than tonight; it is brought back first.
     */
    @When("the nightly reconciliation has run")
    public void nightlyRun() {
        ZoneId platform = clock.getZone();
        day = LocalDate.ofInstant(time.now(), platform);
        ZonedDateTime midnight = day.plusDays(1).atStartOfDay(platform).withZoneSameInstant(ZoneId.systemDefault());
        ZonedDateTime night = midnight.with(LocalTime.of(1, 30));
        if (night.isBefore(midnight)) {
            night = night.plusDays(1);
        }
        Instant run = night.toInstant().plusSeconds(60);
        engineClock.bringTimersForward(ReconciliationProcess.PROCESS_ID, night.toInstant());
        time.moveTo(run);
        ProviderSteps.await(() -> reports.findById(ReconciliationReport.idOf(day))
                .filter(report -> !report.lastRunAt().isBefore(run)).orElse(null), "the reconciliation of " + day);
    }

    @Then("finance sees the day reconciled as clean")
    public void financeSeesClean() {
        WebElement report = financeReport();
        assertThat(report.findElements(By.cssSelector(".reconciliation-clean"))).hasSize(1);
        assertThat(report.getText()).contains("订单、支付记录、账本与结算付款全部一致。");
    }

    @Then("finance sees on the day's report: {string}")
    public void financeSees(String explanation) {
        String expected = explanation.replace("<order>", current.all().isEmpty() ? "" : current.number())
                .replace("<amount>", placedAmount).replace("<statement>", String.valueOf(statement));
        assertThat(financeReport().findElements(By.cssSelector(".mismatch-explanation")))
                .extracting(WebElement::getText).contains(expected);
    }

    @And("operations receives an email about the day's mismatches naming the order")
    public void operationsEmailedAboutTheOrder() {
        awaitAlertMentioning(current.number());
    }

    @And("operations receives an email about the day's mismatches naming the statement")
    public void operationsEmailedAboutTheStatement() {
        awaitAlertMentioning(statement);
    }

    @And("no reconciliation alert goes to operations for the day")
    public void noAlert() {
        assertThat(reports.findById(ReconciliationReport.idOf(day)).orElseThrow().clean()).isTrue();
        engineClock.awaitWorkersIdle(Duration.ofSeconds(20));
        assertThat(operations.mailMentions(ALERT_SUBJECT, day.toString())).as("an alert about " + day).isFalse();
    }

    private void awaitAlertMentioning(String what) {
        ProviderSteps.await(() -> operations.mailMentions(ALERT_SUBJECT, what) ? true : null,
                "the reconciliation alert naming " + what);
    }

    /** The day's report on finance's page, opened in finance's own browser. */
    private WebElement financeReport() {
        Browser finance = users.demo("finance", "/finance/reconciliation");
        finance.open("/finance/reconciliation");
        return finance.find(By.id("report-" + day));
    }

    private String chargeEntryId() {
        String order = current.number();
        Document charge = ProviderSteps.await(() -> mongo.findOne(query(where("reference").is(order)
                .and("_id").regex("^charge:")), Document.class, JournalEntry.COLLECTION), "the charge of " + order);
        return charge.getString("_id");
    }

    /** The amount as the explanations show it (1,234.00), from the order as the customer placed it. */
    private void rememberAmount() {
        orders.findById(current.number()).ifPresent(order -> placedAmount = new DecimalFormat("#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.ROOT)).format(order.getAmount()));
    }

    private static Document money(long fen) {
        return new Document("fen", fen).append("currency", Money.CNY);
    }
}
