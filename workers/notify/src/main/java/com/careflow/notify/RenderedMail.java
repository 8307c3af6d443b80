package com.careflow.notify;

/**
 * A notification ready to go: one subject, an HTML body for mail clients, a plain-text body for the rest, and a
 * short summary for the portal's in-app list.
 */
record RenderedMail(String subject, String html, String text, String summary) {
}
