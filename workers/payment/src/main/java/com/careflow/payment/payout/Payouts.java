package com.careflow.payment.payout;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.SettlementStatements;
import com.careflow.domain.payout.StatementStatus;
import com.careflow.domain.payout.WeeklySettlement;
import com.careflow.domain.process.PayoutProcess;
import com.careflow.domain.process.ReviewSchedule;

/**
 * The payout steps on the statement, the ledger and the gateway. Each is safe to run again with the same input: the
 * statement's transitions ignore a repeat, the ledger posts once per id, the gateway pays once per key.
 * Wrong input (no such statement, a statement in the wrong state) is an {@link IllegalArgumentException} or
 * {@link IllegalStateException}; gateway trouble a {@link PayoutGatewayException}.
 */
@Component
class Payouts {

    /** Finance is asked to decide within two days, reminded after one. */
    private static final Duration DECISION_DUE = Duration.ofDays(2);
    private static final Duration DECISION_FOLLOW_UP = Duration.ofDays(1);
    private static final int DECISION_PRIORITY = 60;

    private final SettlementStatements statements;
    private final WeeklySettlement settlement;
    private final MoneyMovements ledger;
    private final PayoutGateway gateway;
    private final PayoutProperties properties;
    private final Clock clock;

    Payouts(SettlementStatements statements, WeeklySettlement settlement, MoneyMovements ledger,
            PayoutGateway gateway, PayoutProperties properties, Clock clock) {
        this.statements = statements;
        this.settlement = settlement;
        this.ledger = ledger;
        this.gateway = gateway;
        this.properties = properties;
        this.clock = clock;
    }

    /** Settles the last full week; answers the statements to pay out. */
    List<SettlementStatement> settleLastWeek() {
        return settlement.settle(settlement.lastFullWeek(clock.instant()));
    }

    /** Whether finance must approve (net above the threshold); if so the statement waits for them. */
    Prepared prepare(String statementId) {
        SettlementStatement statement = load(statementId);
        boolean approvalRequired = statement.getNet().fen() > Money.yuan(threshold()).fen();
        if (approvalRequired) {
            change(statement, SettlementStatement::awaitApproval);
        }
        return new Prepared(approvalRequired,
                ReviewSchedule.from(clock, DECISION_DUE, DECISION_FOLLOW_UP, DECISION_PRIORITY));
    }

    void approve(String statementId, String decidedBy) {
        String actor = decidedBy == null || decidedBy.isBlank() ? PayoutProcess.AUTOMATIC : decidedBy;
        change(load(statementId), statement -> statement.approve(actor, clock.instant()));
    }

    void reject(String statementId, String decidedBy, String reason) {
        change(load(statementId), statement -> statement.reject(decidedBy, reason, clock.instant()));
    }

    /**
     * Pays the statement's net through the gateway under the statement's id, posts {@code payout:<statement id>}
     * and marks it PAID. A redelivery after the payment finds the gateway's first answer and the posted entry.
     */
    SettlementStatement transfer(String statementId) {
        SettlementStatement statement = load(statementId);
        if (statement.getStatus() != StatementStatus.APPROVED
                && statement.getStatus() != StatementStatus.PAID) {
            throw new IllegalStateException("Statement " + statementId + " is " + statement.getStatus()
                    + "; only an approved statement is paid");
        }
        TransferResult result = gateway.transfer(new TransferRequest(statementId, statement.getProviderId(),
                statement.getNet()));
        ledger.payoutSent(statementId, statement.getProviderId(), statement.getNet());
        change(statement, paid -> paid.paid(result.reference(), result.acceptedAt()));
        return statement;
    }

    /** Asks the bank what became of the transfer; posts its confirmation or its reversal. True when returned. */
    boolean confirm(String statementId) {
        SettlementStatement statement = load(statementId);
        if (gateway.state(statementId) == TransferState.RETURNED) {
            ledger.payoutReturned(statementId);
            change(statement, SettlementStatement::returned);
            return true;
        }
        ledger.payoutConfirmed(statementId);
        change(statement, SettlementStatement::confirmed);
        return false;
    }

    BigDecimal threshold() {
        return properties.approvalThreshold();
    }

    /** The outcome of payout.prepare, as process variables. */
    record Prepared(boolean approvalRequired, String reviewDueDate, String reviewFollowUpDate, int reviewPriority) {
        Prepared(boolean approvalRequired, ReviewSchedule schedule) {
            this(approvalRequired, schedule.reviewDueDate(), schedule.reviewFollowUpDate(), schedule.reviewPriority());
        }
    }

    private void change(SettlementStatement statement, Predicate<SettlementStatement> transition) {
        if (transition.test(statement)) {
            statements.save(statement);
        }
    }

    private SettlementStatement load(String statementId) {
        if (statementId == null || statementId.isBlank()) {
            throw new IllegalArgumentException("the task has no statementId");
        }
        return statements.findById(statementId).orElseThrow(
                () -> new IllegalArgumentException("statement " + statementId + " does not exist"));
    }
}
