package com.careflow.portal.content;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The content feature's services for web slices, with the engine replaced by {@link RecordingContentProcess}. */
@TestConfiguration(proxyBeanMethods = false)
@Import(AuthorDesk.class)
public class ContentTestConfiguration {

    @Bean
    RecordingContentProcess recordingContentProcess() {
        return new RecordingContentProcess();
    }
}
