package com.careflow.processes;

import java.util.Map;

/** One job a scripted handler received: which task of which model asked for what, with which variables. */
record JobCall(String processId, String elementId, String type, Map<String, String> headers,
        Map<String, Object> variables) {

    String header(String key) {
        return headers.get(key);
    }

    /** e.g. {@code notify.customer[order-cancelled]}: a job type and, for notify/cancel tasks, what it was about. */
    String describe() {
        String detail = headers.getOrDefault("template", headers.getOrDefault("alert", headers.get("reason")));
        return detail == null ? type : type + "[" + detail + "]";
    }
}
