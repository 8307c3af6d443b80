package com.careflow.portal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.data.mongo.AutoConfigureDataMongo;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

import com.careflow.portal.analyst.AnalystTestConfiguration;
import com.careflow.portal.analyst.edit.AnalystEditTestConfiguration;
import com.careflow.portal.certification.CertificationTestConfiguration;
import com.careflow.portal.content.ContentTestConfiguration;
import com.careflow.portal.finance.FinanceTestConfiguration;
import com.careflow.portal.health.HealthTestConfiguration;
import com.careflow.portal.health.alert.HealthAlertTestConfiguration;
import com.careflow.portal.health.interpretation.InterpretationTestConfiguration;
import com.careflow.portal.operations.OperationsTestConfiguration;
import com.careflow.portal.payout.PayoutTestConfiguration;
import com.careflow.portal.order.OrderTestConfiguration;
import com.careflow.portal.provider.ProviderTestConfiguration;
import com.careflow.portal.search.SearchTestConfiguration;
import com.careflow.portal.security.SecurityConfig;
import com.careflow.portal.task.TaskTestConfiguration;

/**
 * The web slice of the portal: every controller, the real security rules, the real domain repositories on an
 * in-memory Mongo server (seeded with the demo catalog), and recording stand-ins for the process engine and for
 * search (Elasticsearch) only.
 * All tests using it share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest
@AutoConfigureDataMongo
@Import({ InMemoryMongo.class, SecurityConfig.class, OrderTestConfiguration.class, ProviderTestConfiguration.class,
        OperationsTestConfiguration.class, TaskTestConfiguration.class,
        CertificationTestConfiguration.class, ContentTestConfiguration.class, SearchTestConfiguration.class,
        FinanceTestConfiguration.class, HealthTestConfiguration.class, PayoutTestConfiguration.class,
        AnalystTestConfiguration.class, AnalystEditTestConfiguration.class, InterpretationTestConfiguration.class,
        HealthAlertTestConfiguration.class })
public @interface PortalWebMvcTest {
}
