package com.careflow.domain.content;

/** The ai pre-screen's call: publish at once, reject at once, or ask a reviewer. */
public enum PrescreenVerdict {
    PASS, FAIL, REVIEW
}
