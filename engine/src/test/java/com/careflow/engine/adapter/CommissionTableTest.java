package com.careflow.engine.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.ledger.CommissionRate;
import com.careflow.domain.provider.CertificationLevel;

/** The analysts' table (processes/commission.dmn, as packaged) evaluated on a real engine, version by version. */
class CommissionTableTest {

    private TestEngine test;

    @BeforeEach
    void engine() {
        test = new TestEngine();
    }

    @AfterEach
    void close() {
        test.close();
    }

    @Test
    void theRateComesWithTheDecisionAndVersionThatGaveIt() throws IOException {
        deploy(table());

        CommissionRate premium = test.commissionTable.rateFor(CertificationLevel.PREMIUM, ServiceCategory.HOME_CARE);
        CommissionRate uncertified = test.commissionTable.rateFor(null, ServiceCategory.COMPANION_ESCORT);

        assertThat(premium.rate()).isEqualByComparingTo("0.15");
        assertThat(premium.decision()).isEqualTo("commission@1");
        assertThat(uncertified.rate()).isEqualByComparingTo("0.20");
    }

    @Test
    void aNewVersionOfTheTableAnswersFromThenOn() throws IOException {
        deploy(table());
        deploy(table().replace("<text>0.20</text>", "<text>0.22</text>"));

        CommissionRate rate = test.commissionTable.rateFor(CertificationLevel.STANDARD,
                ServiceCategory.COMPANION_ESCORT);

        assertThat(rate.rate()).isEqualByComparingTo("0.22");
        assertThat(rate.decision()).isEqualTo("commission@2");
    }

    @Test
    void withoutTheTableDeployedTheRateIsRefusedWithItsName() {
        assertThatThrownBy(() -> test.commissionTable.rateFor(CertificationLevel.BASIC, ServiceCategory.COURSE))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'commission' is not deployed");
    }

    private static String table() throws IOException {
        try (InputStream in = CommissionTableTest.class.getResourceAsStream("/processes/commission.dmn")) {
            assertThat(in).as("processes/commission.dmn on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void deploy(String dmn) {
        test.engine.getRepositoryService().createDeployment().addString("commission.dmn", dmn).deploy();
    }
}
