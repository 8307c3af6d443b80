package com.careflow.portal.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The mailbox exists only where {@code careflow.mail.inbox.enabled=true}, i.e. on the local runtime. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = MailInboxConfiguration.ENABLED, havingValue = "true")
@EnableConfigurationProperties(MailInboxProperties.class)
class MailInboxConfiguration {

    static final String ENABLED = "careflow.mail.inbox.enabled";

    @Bean
    MailInbox mailInbox(MailInboxProperties properties) {
        return new MailInbox(properties);
    }
}
