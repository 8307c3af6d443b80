package com.careflow.portal.search;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Search for web slices: recorded stand-ins instead of the search module's Elasticsearch implementations. */
@TestConfiguration(proxyBeanMethods = false)
public class SearchTestConfiguration {

    @Bean
    RecordingSearch recordingSearch() {
        return new RecordingSearch();
    }

    @Bean
    RecordingReindexing recordingReindexing() {
        return new RecordingReindexing();
    }
}
