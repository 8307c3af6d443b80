package com.careflow.domain.payout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
