package com.careflow.portal.startup;

import java.time.Duration;

/** Published once, when every part of the platform is up and the portal opens ({@link StartupGate}). */
public record PlatformReady(Duration afterContextCreated) {
}
