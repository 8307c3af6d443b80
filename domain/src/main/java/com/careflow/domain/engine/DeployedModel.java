package com.careflow.domain.engine;

import java.time.Instant;

/**
 * One deployed version of a process or decision. {@code definitionId} is the engine's id of exactly this version;
 * {@code key} the model's id ({@code service-order}, {@code commission}) shared by its versions. {@code deployedBy}
 * is the user who deployed it through the analyst workspace, null for the platform's own deployment at start
 * (then {@code deploymentName} says which).
 */
public record DeployedModel(
        String definitionId,
        ModelKind kind,
        String key,
        String name,
        int version,
        String resourceName,
        String deploymentId,
        String deploymentName,
        Instant deployedAt,
        String deployedBy) {

    /** The model's name, or its key when it has none. */
    public String label() {
        return name == null || name.isBlank() ? key : name;
    }
}
