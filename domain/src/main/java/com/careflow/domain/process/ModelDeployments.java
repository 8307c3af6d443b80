package com.careflow.domain.process;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The analysts' way to change what the engine runs: read a deployed model's source, deploy a new version of it, and
 * move running instances of an old version onto the newest. Implemented by the engine module's adapter; a deployment
 * never touches running instances (they keep their version until migrated).
 */
public interface ModelDeployments {

    /** What kind of model a resource holds. */
    enum Kind {
        BPMN(".bpmn"), DMN(".dmn");

        private final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }

        public String suffix() {
            return suffix;
        }
    }

    /** One deployed version of a process ({@code key} = process id) or decision ({@code key} = decision id). */
    record ModelVersion(Kind kind, String key, String name, int version, String resourceName, String deploymentId,
            Instant deployedAt, String deployedBy) {
    }

    /** The newest version of every deployed process and decision, by kind and key. */
    List<ModelVersion> latestVersions();

    /** The XML the version was deployed from. */
    Optional<String> source(Kind kind, String key, int version);

    /**
     * Deploys {@code xml} as the next version of every process or decision it defines.
     *
     * @param deployedBy the user deploying, kept with the deployment (its {@link ModelVersion#deployedBy()})
     * @return the new versions, one per process or decision in the resource
     * @throws DeploymentRefusedException when the engine does not accept the model (its parser's message)
     */
    List<ModelVersion> deploy(String resourceName, String xml, String deployedBy);

    /** What migrating the running instances of a process version to the newest version would do. */
    MigrationPreview previewMigration(String processKey, int fromVersion);

    /** Migrates every running instance of {@code fromVersion} that can be migrated; reports the rest. */
    MigrationResult migrate(String processKey, int fromVersion);

    /**
     * @param unmappedActivities activities of the old version that have no equal activity in the newest
     * @param blocked instances that wait in such an activity (they cannot be migrated), with that activity
     * @param planProblem why no migration plan could be built at all, or null
     */
    record MigrationPreview(String processKey, int fromVersion, int toVersion, int runningInstances,
            List<String> unmappedActivities, List<BlockedInstance> blocked, String planProblem) {

        public boolean possible() {
            return planProblem == null && fromVersion != toVersion;
        }
    }

    record BlockedInstance(String processInstanceId, String businessKey, String reason) {
    }

    record MigrationResult(String processKey, int fromVersion, int toVersion, List<String> migrated,
            List<BlockedInstance> notMigrated) {
    }

    /** The engine refused the model; the message says why. */
    final class DeploymentRefusedException extends RuntimeException {

        public DeploymentRefusedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
