package com.careflow.engine.adapter;

import java.util.Locale;

/**
 * The engine's activity types (camel case, events split by trigger: {@code boundaryTimer}, {@code noneEndEvent},
 * {@code intermediateMessageCatch}) as the BPMN element types the domain names in upper snake case
 * ({@code BOUNDARY_EVENT}, {@code END_EVENT}, {@code INTERMEDIATE_CATCH_EVENT}, {@code SERVICE_TASK}).
 */
final class ElementTypes {

    static String of(String activityType) {
        if (activityType == null || activityType.isBlank()) {
            return "UNSPECIFIED";
        }
        if (activityType.startsWith("boundary")) {
            return "BOUNDARY_EVENT";
        }
        if (activityType.equals("startEvent") || activityType.endsWith("StartEvent")
                || activityType.equals("startTimerEvent")) {
            return "START_EVENT";
        }
        if (activityType.endsWith("EndEvent")) {
            return "END_EVENT";
        }
        if (activityType.startsWith("intermediate")) {
            return activityType.contains("Throw") ? "INTERMEDIATE_THROW_EVENT" : "INTERMEDIATE_CATCH_EVENT";
        }
        return upperSnake(activityType);
    }

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private ElementTypes() {
    }
}
