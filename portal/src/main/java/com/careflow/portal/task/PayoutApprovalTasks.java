package com.careflow.portal.task;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.SettlementStatements;
import com.careflow.domain.process.PayoutProcess;

/**
 * Finance's payout approvals ({@code ApprovePayout}): the subject is the provider, the week and the net; the form
 * shows the statement with its orders. A rejection has no reason codes: its reason is the note, which is then
 * required (the provider reads it).
 */
@Component
class PayoutApprovalTasks implements ReviewTaskType {

    private final SettlementStatements statements;

    PayoutApprovalTasks(SettlementStatements statements) {
        this.statements = statements;
    }

    @Override
    public String processId() {
        return PayoutProcess.PROCESS_ID;
    }

    @Override
    public Map<String, String> subjects(Collection<String> businessKeys) {
        return statements.findAllById(businessKeys).stream().collect(Collectors.toMap(SettlementStatement::getId,
                statement -> statement.getProviderId() + " · " + statement.getPeriodStart() + " · "
                        + statement.getNet()));
    }

    @Override
    public Optional<Object> subject(String businessKey) {
        return Optional.ofNullable(businessKey).flatMap(statements::findById).map(statement -> statement);
    }

    @Override
    public List<String> reasons() {
        return List.of();
    }

    @Override
    public String reasonLabelPrefix() {
        return "payout.reason.";
    }

    @Override
    public String form(String elementId) {
        return "task/payout :: subject";
    }
}
