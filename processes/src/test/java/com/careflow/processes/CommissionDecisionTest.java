package com.careflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.test.Deployment;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.process.CommissionDecision;
import com.careflow.domain.provider.CertificationLevel;

/** The analysts' commission table (commission.dmn) on the test engine: each row, and the default for the rest. */
@Deployment(resources = "commission.dmn")
class CommissionDecisionTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("operaton.cfg.xml").build();

    @ParameterizedTest(name = "{0} in {1} pays {2}")
    @CsvSource(nullValues = "NONE", value = {
            "PREMIUM,  COMPANION_ESCORT,    0.15", // premium row, whatever the category
            "PREMIUM,  COURSE,              0.15", // premium comes first, before the course row
            "STANDARD, HOME_CARE,           0.18",
            "STANDARD, HEALTH_CHECK,        0.18",
            "BASIC,    COURSE,              0.25",
            "STANDARD, COURSE,              0.25",
            "STANDARD, COMPANION_ESCORT,    0.20", // default row
            "BASIC,    HOME_CARE,           0.20",
            "STANDARD, ONLINE_CONSULTATION, 0.20",
            "NONE,     HEALTH_CHECK,        0.20" })
    void rateByLevelAndCategory(CertificationLevel level, ServiceCategory category, double rate) {
        assertThat(evaluate(level, category)).isEqualTo(rate);
    }

    @Test
    void everyLevelAndCategoryHasARateBetweenZeroAndOne() {
        for (CertificationLevel level : CertificationLevel.values()) {
            for (ServiceCategory category : ServiceCategory.values()) {
                assertThat(evaluate(level, category)).as(level + " " + category).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void theDecisionKeepsItsHistoryForAHundredAndEightyDays() {
        DecisionDefinition definition = ENGINE.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(CommissionDecision.DECISION_ID).singleResult();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(180);
    }

    private double evaluate(CertificationLevel level, ServiceCategory category) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(CommissionDecision.INPUT_PROVIDER_LEVEL, level == null ? null : level.name());
        inputs.put(CommissionDecision.INPUT_SERVICE_CATEGORY, category.name());
        return (Double) ENGINE.getDecisionService().evaluateDecisionTableByKey(CommissionDecision.DECISION_ID, inputs)
                .getSingleResult().getEntry(CommissionDecision.OUTPUT_RATE);
    }
}
