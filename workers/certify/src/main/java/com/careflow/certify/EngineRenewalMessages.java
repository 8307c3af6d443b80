package com.careflow.certify;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.process.CertificationProcess;
import com.careflow.worker.EngineMessages;

/**
 * {@link RenewalMessages} over the engine's REST API, correlated by the process variable {@code renewalKey}. Only an
 * instance waiting right now (the old certificate's) takes it; the renewing instance, which waits for the same key
 * only after its grant, never does. A redelivered grant after the old instance ended finds nobody: a no-op.
 */
@Component
class EngineRenewalMessages implements RenewalMessages {

    static final String RENEWAL_KEY = "renewalKey";
    private static final Logger log = LoggerFactory.getLogger(EngineRenewalMessages.class);

    private final EngineMessages messages;

    EngineRenewalMessages(EngineMessages messages) {
        this.messages = messages;
    }

    @Override
    public void renewed(String renewalKey, String applicationId) {
        boolean taken = messages.correlateIfWaiting(CertificationProcess.MESSAGE_RENEWED, RENEWAL_KEY, renewalKey,
                Map.of("renewedBy", applicationId));
        log.info("Renewal {} by application {}: {}", renewalKey, applicationId,
                taken ? "the old certificate's instance ends" : "no instance waited for it");
    }
}
