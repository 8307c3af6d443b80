package com.careflow.certify;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.certification.*}: how long a certificate runs, how long before its expiry the renewal reminder
 * goes, when the reviewer's task is due and followed up (from the end of the checks), and how long a failed task
 * waits before the engine hands it out again.
 */
@ConfigurationProperties("careflow.certification")
record CertificationProperties(@DefaultValue("365d") Duration validity,
        @DefaultValue("30d") Duration renewalReminder, @DefaultValue("2d") Duration reviewDue,
        @DefaultValue("1d") Duration reviewFollowUp, @DefaultValue("10s") Duration retryBackoff) {
}
