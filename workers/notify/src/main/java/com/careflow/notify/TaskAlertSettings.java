package com.careflow.notify;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.tasks.*} as the task alerts read it: how often they look ({@code alert-interval}, read by
 * {@link TaskAlerts}'s schedule), how long before its due date an assigned task alerts its assignee
 * ({@code due-soon}), and the language of group notices, which many people share ({@code group-locale}).
 */
@ConfigurationProperties("careflow.tasks")
record TaskAlertSettings(@DefaultValue("10s") Duration alertInterval, @DefaultValue("PT4H") Duration dueSoon,
        @DefaultValue(MailTexts.DEFAULT_LOCALE) Locale groupLocale) {
}
