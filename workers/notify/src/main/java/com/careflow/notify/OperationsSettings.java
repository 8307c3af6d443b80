package com.careflow.notify;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.operations.*}: where operations alerts go (mail address, and the user id their in-app copies are
 * filed under, which the portal's operations pages read), and their language.
 */
@ConfigurationProperties("careflow.operations")
record OperationsSettings(@DefaultValue("ops@careflow.local") String email,
        @DefaultValue("operations") String recipientId, @DefaultValue("zh-CN") Locale locale) {
}
