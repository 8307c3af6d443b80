package com.careflow.portal.certification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The certification feature's services for web slices, with the engine replaced by a recording stand-in. */
@TestConfiguration(proxyBeanMethods = false)
@Import(CertificationDesk.class)
public class CertificationTestConfiguration {

    @Bean
    RecordingCertificationWorkflow recordingCertificationWorkflow() {
        return new RecordingCertificationWorkflow();
    }
}
