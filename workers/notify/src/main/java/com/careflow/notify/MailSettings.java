package com.careflow.notify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.mail.*}: the sender of customer mail, and how long a notify task whose mail could not be
 * sent waits before the engine hands it out again. The SMTP server itself is {@code spring.mail.*}.
 */
@ConfigurationProperties("careflow.mail")
record MailSettings(@DefaultValue("CareFlow <no-reply@careflow.local>") String from,
        @DefaultValue("10s") Duration retryBackoff) {
}
