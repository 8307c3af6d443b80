package com.careflow.ai;

/** The variable the pre-screen job reads (one per record component, so no static fields here). */
public record PrescreenInput(String contentId) {
}
