package com.careflow.portal.analyst.diagram;

import java.util.List;

/**
 * What the diagram shows on and for one element: instances waiting there now, entries in the period (with how many
 * finished and their average seconds), its topic and the module serving it, the scenarios through it, its open
 * incidents.
 */
record ElementView(long waiting, long entered, long finished, Double averageSeconds, String topic, String module,
        List<String> scenarios, List<IncidentView> incidents) {

    /** An open incident with the pages that show its instance to this user. */
    record IncidentView(String id, String processInstanceId, String businessKey, String message,
            List<Link> links) {
    }

    /** {@code kind}: order (the order page), incidents (operations' list), cockpit (the instance in Cockpit). */
    record Link(String kind, String href) {
    }
}
