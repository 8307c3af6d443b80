package com.careflow.processes;

import java.util.Map;

/**
 * One external task a scripted handler worked: which task of which model asked for what, with its extension
 * properties (the worker API's {@code @Headers}) and the variables it saw.
 */
record TaskCall(String processId, String elementId, String topic, Map<String, String> headers,
        Map<String, Object> variables) {

    String header(String key) {
        return headers.get(key);
    }

    /** e.g. {@code notify.customer[order-cancelled]}: a topic and, for notify/cancel tasks, what it was about. */
    String describe() {
        String detail = headers.getOrDefault("template", headers.getOrDefault("alert", headers.get("reason")));
        return detail == null ? topic : topic + "[" + detail + "]";
    }
}
