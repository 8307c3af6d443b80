package com.careflow.ai;

/** The variable the pre-screen task reads. */
public record PrescreenInput(String contentId) {
}
