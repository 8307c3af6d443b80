package com.careflow.payment.payout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.process.PayoutProcess;
import com.careflow.worker.TaskFailure;
import com.careflow.worker.TopicWorker;

/**
 * Topic workers of processes/payout.bpmn (behaviour in features/payout.feature). Tasks come at least once;
 * {@link Payouts} makes a redelivery harmless. A statement in the wrong state or a missing one is an incident at
 * once (retrying cannot fix it); gateway trouble is retried after the backoff, then an incident with the gateway's
 * words. Public because the topic subscription invokes the methods reflectively.
 */
@Component
public class PayoutWorker {

    private static final Logger log = LoggerFactory.getLogger(PayoutWorker.class);

    private final Payouts payouts;
    private final PayoutProperties properties;

    PayoutWorker(Payouts payouts, PayoutProperties properties) {
        this.payouts = payouts;
        this.properties = properties;
    }

    @TopicWorker(PayoutProcess.JOB_SETTLE)
    public Map<String, Object> settle() {
        List<String> ids = payouts.settleLastWeek().stream().map(SettlementStatement::getId).toList();
        log.info("Settled last week: {} statement(s) to pay out", ids.size());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(PayoutProcess.VAR_STATEMENT_COUNT, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            variables.put(PayoutProcess.statementVariable(i), ids.get(i));
        }
        return variables;
    }

    @TopicWorker(PayoutProcess.JOB_PREPARE)
    public Payouts.Prepared prepare(PayoutInput input) {
        return step("check the approval threshold of", input, () -> payouts.prepare(input.statementId()));
    }

    @TopicWorker(PayoutProcess.JOB_APPROVE)
    public void approve(PayoutInput input) {
        step("approve", input, () -> {
            payouts.approve(input.statementId(), input.reviewerId());
            return null;
        });
    }

    @TopicWorker(PayoutProcess.JOB_REJECT)
    public void reject(PayoutInput input) {
        step("reject", input, () -> {
            payouts.reject(input.statementId(), input.reviewerId(), input.reviewNote());
            return null;
        });
    }

    @TopicWorker(value = PayoutProcess.JOB_TRANSFER, retries = 4)
    public void transfer(PayoutInput input) {
        try {
            step("pay", input, () -> payouts.transfer(input.statementId()));
        } catch (PayoutGatewayException gatewayTrouble) {
            log.warn("Transfer of statement {} failed; the engine will retry", input.statementId(), gatewayTrouble);
            throw TaskFailure.retryLater("Transfer of statement " + input.statementId() + " failed, will retry in "
                    + properties.retryBackoff().toSeconds() + " s: " + gatewayTrouble.getMessage(),
                    properties.retryBackoff(), gatewayTrouble);
        }
    }

    @TopicWorker(PayoutProcess.JOB_CONFIRM)
    public Map<String, Object> confirm(PayoutInput input) {
        boolean returned = step("check the transfer of", input, () -> payouts.confirm(input.statementId()));
        return Map.of(PayoutProcess.VAR_RETURNED, returned);
    }

    private <T> T step(String verb, PayoutInput input, Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException | IllegalStateException wrong) {
            throw TaskFailure.hopeless("Cannot " + verb + " statement " + input.statementId() + ": "
                    + wrong.getMessage());
        }
    }
}
