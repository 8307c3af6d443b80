package com.careflow.engine.adapter;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.operaton.bpm.dmn.engine.DmnDecisionRuleResult;
import org.operaton.bpm.engine.DecisionService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.ledger.CommissionRate;
import com.careflow.domain.ledger.CommissionTable;
import com.careflow.domain.process.CommissionDecision;
import com.careflow.domain.provider.CertificationLevel;

/**
 * {@link CommissionTable} on the engine's decision service. It looks up the latest deployed version of the table and
 * evaluates exactly that definition, so the version it reports is the one that gave the rate even while analysts
 * deploy a new one.
 */
class OperatonCommissionTable implements CommissionTable {

    private final RepositoryService repository;
    private final DecisionService decisions;

    OperatonCommissionTable(RepositoryService repository, DecisionService decisions) {
        this.repository = repository;
        this.decisions = decisions;
    }

    @Override
    public CommissionRate rateFor(CertificationLevel level, ServiceCategory category) {
        DecisionDefinition table = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(CommissionDecision.DECISION_ID).latestVersion().singleResult();
        if (table == null) {
            throw new IllegalStateException("The commission decision '" + CommissionDecision.DECISION_ID
                    + "' is not deployed (processes/commission.dmn)");
        }
        Map<String, Object> inputs = new HashMap<>(); // a null level (no certificate) is a valid input
        inputs.put(CommissionDecision.INPUT_PROVIDER_LEVEL, level == null ? null : level.name());
        inputs.put(CommissionDecision.INPUT_SERVICE_CATEGORY, category == null ? null : category.name());
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableById(table.getId(), inputs)
                .getSingleResult();
        Object rate = result == null ? null : result.getEntry(CommissionDecision.OUTPUT_RATE);
        String decision = table.getKey() + "@" + table.getVersion();
        if (!(rate instanceof Number number)) {
            throw new IllegalStateException(decision + " gave no rate for " + level + " in " + category);
        }
        return new CommissionRate(new BigDecimal(number.toString()), decision);
    }
}
