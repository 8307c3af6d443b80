package com.careflow.notify;

/** A notification ready to go: one subject, an HTML body for mail clients and a plain-text body for the rest. */
record RenderedMail(String subject, String html, String text) {
}
