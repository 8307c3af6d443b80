package com.careflow.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import com.careflow.ai.AiWorkerApplication;
import com.careflow.assign.AssignWorkerApplication;
import com.careflow.certify.CertifyWorkerApplication;
import com.careflow.notify.NotifyWorkerApplication;
import com.careflow.payment.PaymentWorkerApplication;
import com.careflow.portal.PortalApplication;
import com.careflow.review.ReviewWorkerApplication;

/**
 * The whole platform in one JVM: the portal (an engine node: Operaton is embedded through careflow-engine) and
 * every worker. With {@code careflow.runtime.embedded=true} (the default here) the runtime module first brings up
 * Keycloak, Elasticsearch, MongoDB and mail on this machine. Each imported application also runs alone, as
 * docker-compose does.
 */
@SpringBootApplication
@Import({ PortalApplication.class, PaymentWorkerApplication.class, NotifyWorkerApplication.class,
        AssignWorkerApplication.class, AiWorkerApplication.class, CertifyWorkerApplication.class,
        ReviewWorkerApplication.class })
public class CareFlowApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareFlowApplication.class, args);
    }
}
