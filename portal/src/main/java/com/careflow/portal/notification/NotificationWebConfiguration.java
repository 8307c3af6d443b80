package com.careflow.portal.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.careflow.domain.notification.Notifications;

/** Registers the unread-count badge for all pages. */
@Configuration(proxyBeanMethods = false)
class NotificationWebConfiguration implements WebMvcConfigurer {

    private final Notifications notifications;

    NotificationWebConfiguration(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new UnreadNotificationsInterceptor(notifications));
    }
}
