package com.careflow.domain.payout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import com.careflow.domain.ledger.Money;

/**
 * A provider's settlement for one week: the completed orders not settled before, their gross, the platform's
 * commission and the provider's net, which is what the payout transfers. The id is {@code <providerId>:<week start>}
 * so a settlement run that is repeated finds the statement it made. The payout posted for it in the ledger is
 * {@code payout:<statement id>}; the gateway's transfer is keyed by the statement id too, so a redelivered transfer
 * never pays twice.
 */
@Document("settlement_statements")
public class SettlementStatement {

    @Id
    private String id;
    @Version
    private Long version;
    private String providerId;
    /** First day of the week settled, and the day after its last (the cut-off, exclusive). */
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private List<StatementLine> lines = new ArrayList<>();
    private Money gross;
    private Money commission;
    private Money net;
    private StatementStatus status;
    private Instant createdAt;
    private String decidedBy;
    private String decisionReason;
    private Instant decidedAt;
    /** The gateway's reference of the transfer, once paid. */
    private String transferReference;
    private Instant paidAt;
    private String processInstanceId;

    protected SettlementStatement() {
        // for Spring Data
    }

    /**
     * A new statement of {@code providerId}'s completed orders up to {@code periodEnd} (exclusive), for the week
     * starting {@code periodStart}; the totals are the sums of the lines.
     */
    public static SettlementStatement create(String providerId, LocalDate periodStart, LocalDate periodEnd,
            List<StatementLine> lines, Instant at) {
        if (providerId == null || providerId.isBlank()) {
            throw new IllegalArgumentException("A settlement statement needs the provider's id");
        }
        if (periodStart == null || periodEnd == null || !periodStart.isBefore(periodEnd)) {
            throw new IllegalArgumentException("A settlement period runs from a day to a later one, not "
                    + periodStart + " to " + periodEnd);
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("A settlement statement of provider " + providerId
                    + " needs at least one completed order");
        }
        SettlementStatement statement = new SettlementStatement();
        statement.id = idOf(providerId, periodStart);
        statement.providerId = providerId;
        statement.periodStart = periodStart;
        statement.periodEnd = periodEnd;
        statement.lines = new ArrayList<>(lines);
        statement.gross = sum(lines, StatementLine::gross);
        statement.commission = sum(lines, StatementLine::commission);
        statement.net = sum(lines, StatementLine::net);
        statement.status = StatementStatus.CREATED;
        statement.createdAt = at;
        return statement;
    }

    private static Money sum(List<StatementLine> lines, Function<StatementLine, Money> amount) {
        long fen = 0;
        for (StatementLine line : lines) {
            fen = Math.addExact(fen, amount.apply(line).fen());
        }
        return Money.fen(fen);
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Its net is above the approval threshold: finance decides. False when it already waits. */
    public boolean awaitApproval() {
        if (status == StatementStatus.AWAITING_APPROVAL) {
            return false;
        }
        requireStatus("wait for approval", StatementStatus.CREATED);
        status = StatementStatus.AWAITING_APPROVAL;
        return true;
    }

    /** Approved by {@code actor} (a finance user, or {@code automatic} below the threshold). False when repeated. */
    public boolean approve(String actor, Instant at) {
        if (status == StatementStatus.APPROVED) {
            return false;
        }
        requireStatus("be approved", StatementStatus.CREATED, StatementStatus.AWAITING_APPROVAL);
        status = StatementStatus.APPROVED;
        decide(actor, null, at);
        return true;
    }

    /** Rejected by finance: nothing is paid and its orders are settled again next week. False when repeated. */
    public boolean reject(String actor, String reason, Instant at) {
        if (status == StatementStatus.REJECTED) {
            return false;
        }
        requireStatus("be rejected", StatementStatus.AWAITING_APPROVAL);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Rejecting statement " + id + " needs a reason");
        }
        status = StatementStatus.REJECTED;
        decide(actor, reason.strip(), at);
        return true;
    }

    /** The gateway accepted the transfer {@code reference}. False when repeated. */
    public boolean paid(String reference, Instant at) {
        if (status == StatementStatus.PAID) {
            return false;
        }
        requireStatus("be paid", StatementStatus.APPROVED);
        if (reference == null || reference.isBlank()) {
            throw new IllegalArgumentException("Paying statement " + id + " needs the transfer's reference");
        }
        status = StatementStatus.PAID;
        transferReference = reference;
        paidAt = at;
        return true;
    }

    /** The bank confirmed the transfer. False when repeated. */
    public boolean confirmed() {
        if (status == StatementStatus.CONFIRMED) {
            return false;
        }
        requireStatus("be confirmed", StatementStatus.PAID);
        status = StatementStatus.CONFIRMED;
        return true;
    }

    /** The bank returned the transfer: its orders are settled again next week. False when repeated. */
    public boolean returned() {
        if (status == StatementStatus.RETURNED) {
            return false;
        }
        requireStatus("be returned", StatementStatus.PAID);
        status = StatementStatus.RETURNED;
        return true;
    }

    /** Its orders count as settled: a rejected or returned statement gives them back to the next settlement. */
    public boolean holdsItsOrders() {
        return status != StatementStatus.REJECTED && status != StatementStatus.RETURNED;
    }

    private void decide(String actor, String reason, Instant at) {
        decidedBy = actor;
        decisionReason = reason;
        decidedAt = at;
    }

    private void requireStatus(String transition, StatementStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new IllegalStateException("Statement " + id + " is " + status + " and cannot " + transition);
        }
    }

    public static String idOf(String providerId, LocalDate periodStart) {
        return providerId + ":" + periodStart;
    }

    public String getId() {
        return id;
    }

    public String getProviderId() {
        return providerId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public List<StatementLine> getLines() {
        return List.copyOf(lines);
    }

    public Money getGross() {
        return gross;
    }

    public Money getCommission() {
        return commission;
    }

    public Money getNet() {
        return net;
    }

    public StatementStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getTransferReference() {
        return transferReference;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Long getVersion() {
        return version;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
