package com.careflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.engine.Incidents;
import com.careflow.domain.engine.ProcessHistory;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.engine.Workflows;
import com.careflow.domain.ledger.CommissionRate;
import com.careflow.domain.ledger.CommissionTable;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.search.Reindexing;
import com.careflow.search.Search;

/**
 * The whole portal context as the app module and the standalone main assemble it: the embedded engine with its
 * adapter (on an in-memory H2 database, job executor and topic subscriptions off, as no worker runs here), real
 * Mongo repositories on the in-memory server. Catches wiring mistakes the web slices cannot see.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:portal-application-test;DB_CLOSE_DELAY=-1",
        "operaton.bpm.job-execution.enabled=false",
        "careflow.worker.engine.enabled=false",
        "management.endpoints.web.exposure.include=health" })
@AutoConfigureMockMvc
@Import(InMemoryMongo.class)
class PortalApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;

    @Test
    void startsWithTheEngineAdapterAndTheOrderWorkers() throws Exception {
        for (Class<?> port : new Class<?>[] {Workflows.class, UserTasks.class, ProcessHistory.class, Incidents.class,
                CommissionTable.class}) {
            assertThat(context.getBeanNamesForType(port)).as(port.getSimpleName()).hasSize(1);
        }
        assertThat(context.containsBean("engineOrderProcess")).isTrue();
        assertThat(context.containsBean("orderStateWorkers")).isTrue();
        assertThat(context.containsBean("mailController")).isFalse();

        assertThat(mvc.perform(get("/")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isNotIn(401, 403, 404);
        assertThat(mvc.perform(get("/orders")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("http://localhost/oauth2/authorization/keycloak");
    }

    /** processes/commission.dmn is deployed with the BPMN models and answers through the adapter. */
    @Test
    void theCommissionTableIsDeployedAndEvaluated() {
        CommissionRate rate = context.getBean(CommissionTable.class).rateFor(CertificationLevel.PREMIUM,
                ServiceCategory.HOME_CARE);

        assertThat(rate.rate()).isEqualByComparingTo("0.15");
        assertThat(rate.decision()).startsWith("commission@");
    }

    /** The search module's real implementations; no Elasticsearch runs here, so searching is a 503, not a 500. */
    @Test
    void searchesThroughTheSearchModuleAndSaysWhenElasticsearchIsDown() throws Exception {
        assertThat(context.getBeanNamesForType(Search.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(Reindexing.class)).hasSize(1);

        MockHttpServletResponse page = mvc.perform(get("/search").param("q", "陪诊")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentAsString()).contains("id=\"search-unavailable\"");
        assertThat(mvc.perform(get("/api/search/suggest").param("q", "陪")).andReturn().getResponse().getStatus())
                .isEqualTo(503);
    }
}
