package com.careflow.portal.notification;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The notification inbox, and the unread-count badge for all pages. The inbox is declared here (a web
 * configuration, so web slices have it too) rather than scanned as a component.
 */
@Configuration(proxyBeanMethods = false)
class NotificationWebConfiguration implements WebMvcConfigurer {

    private final NotificationInbox inbox;

    NotificationWebConfiguration(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    /** Static: this configuration itself needs the inbox. */
    @Bean
    static NotificationInbox notificationInbox(MongoTemplate mongo, Clock clock) {
        return new NotificationInbox(mongo, clock);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new UnreadNotificationsInterceptor(inbox));
    }
}
