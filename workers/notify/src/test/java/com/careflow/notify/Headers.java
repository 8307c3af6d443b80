package com.careflow.notify;

import java.util.Map;

import com.careflow.domain.process.ServiceOrderProcess;

/** Custom headers of a notify task, as the BPMN gives them. */
final class Headers {

    private Headers() {
    }

    /** A task naming its notification by the {@code template} header. */
    static Map<String, String> template(String template) {
        return Map.of(ServiceOrderProcess.HEADER_TEMPLATE, template);
    }
}
