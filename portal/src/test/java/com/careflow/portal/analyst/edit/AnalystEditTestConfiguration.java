package com.careflow.portal.analyst.edit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.careflow.portal.analyst.lint.LintTestConfiguration;

/** Drafts and their deployment for web slices: real drafts in the slice's Mongo, real lint, in-memory engine. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ Drafts.class, DraftDeployment.class, LintTestConfiguration.class })
public class AnalystEditTestConfiguration {

    @Bean
    InMemoryModelDeployments inMemoryModelDeployments() {
        return new InMemoryModelDeployments();
    }
}
