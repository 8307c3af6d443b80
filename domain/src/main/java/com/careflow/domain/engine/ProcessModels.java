package com.careflow.domain.engine;

import java.util.List;
import java.util.Optional;

/** The processes and decisions deployed to the engine, version by version, and deploying new versions. */
public interface ProcessModels {

    /** Every version of every process and decision: by kind, then key, newest version first. */
    List<DeployedModel> all();

    /** The versions of {@code key} (a process or decision id), newest first; empty when none is deployed. */
    List<DeployedModel> versionsOf(String key);

    Optional<DeployedModel> find(String definitionId);

    /** The BPMN or DMN XML of exactly this version, as deployed. */
    Optional<String> xml(String definitionId);

    /**
     * Deploys {@code xml} under {@code resourceName} ({@code something.bpmn} or {@code .dmn}) as the new version of
     * the models it defines, recording {@code deployedBy}. Running instances keep their version; new ones start on
     * the new version.
     *
     * @return the versions this deployment created
     * @throws InvalidModelException when the engine refuses the model (unparsable, not executable, …)
     */
    List<DeployedModel> deploy(String resourceName, String xml, String deployedBy);

    /** The engine refused a model; the message is the engine's reason. */
    final class InvalidModelException extends RuntimeException {

        public InvalidModelException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
