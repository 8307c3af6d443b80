package com.careflow.portal.analyst.codebase;

import java.util.List;

/**
 * Which feature scenarios pass through each BPMN element, recorded from the engine's history while the Cucumber
 * suite runs and stored with the build.
 */
public interface ScenarioCoverage {

    /** The scenarios ("features/service-order.feature: Customer cancels …") that passed {@code elementId}. */
    List<String> scenariosThrough(String processId, String elementId);

    /** False when no recording is available (then coverage findings are not reported at all). */
    boolean recorded();
}
