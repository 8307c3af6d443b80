package com.careflow.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code careflow.portal.base-url}: where the links in mail point. */
@ConfigurationProperties("careflow.portal")
record PortalLinks(@DefaultValue("http://localhost:8080") String baseUrl) {

    /** The customer's order page. */
    String order(String orderNumber) {
        return base() + "/orders/" + orderNumber;
    }

    /** The operations page listing offers that need a person. */
    String assignments() {
        return base() + "/operations/assignments";
    }

    /** Finance's daily reconciliation reports, with each mismatch explained. */
    String reconciliation() {
        return base() + "/finance/reconciliation";
    }

    /** The author's own content, with statuses, reasons and the appeal form. */
    String myContent() {
        return base() + "/content/mine";
    }

    /** The applicant's applications and certificates. */
    String certification() {
        return base() + "/certification";
    }

    /** The provider's settlement statements and payouts. */
    String providerStatements() {
        return base() + "/provider/statements";
    }

    /** The customer's crisis readings with the call-back's outcome. */
    String healthAlerts() {
        return base() + "/health/alerts";
    }

    /** The task inbox (the call-back task waits there). */
    String tasks() {
        return base() + "/tasks";
    }

    /** A user task's form in the reviewer inbox. */
    String task(String taskId) {
        return base() + "/tasks/" + taskId;
    }

    private String base() {
        return baseUrl.replaceAll("/+$", "");
    }
}
