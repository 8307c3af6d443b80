package com.careflow.engine.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.operaton.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.operaton.bpm.engine.migration.MigrationInstruction;
import org.operaton.bpm.engine.migration.MigrationPlan;
import org.operaton.bpm.engine.migration.MigrationPlanValidationException;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.repository.Deployment;
import org.operaton.bpm.engine.repository.DeploymentWithDefinitions;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.model.bpmn.instance.Activity;
import org.operaton.bpm.model.bpmn.instance.CatchEvent;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.StartEvent;

import com.careflow.domain.process.ModelDeployments;

/**
 * {@link ModelDeployments} on the engine's repository and migration API. A deployment is a deployment of its own
 * (named after the resource, never the start-up's "SpringAutoDeployment", so the start-up's duplicate filtering does
 * not put the file from the jar back on top); its source records who deployed it. Migration maps equal activities
 * ({@code mapEqualActivities()}) from the old version to the newest and migrates instance by instance, so one instance
 * that cannot move does not hold back the others.
 */
class OperatonModelDeployments implements ModelDeployments {

    /** Deployment source prefix: "analyst:&lt;user&gt;". */
    static final String SOURCE_PREFIX = "analyst:";

    private final RepositoryService repository;
    private final RuntimeService runtime;

    OperatonModelDeployments(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    @Override
    public List<ModelVersion> latestVersions() {
        Stream<ModelVersion> processes = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(this::version);
        Stream<ModelVersion> decisions = repository.createDecisionDefinitionQuery().latestVersion().list().stream()
                .map(this::version);
        return Stream.concat(processes, decisions)
                .sorted(Comparator.comparing(ModelVersion::kind).thenComparing(ModelVersion::key)).toList();
    }

    @Override
    public Optional<String> source(Kind kind, String key, int version) {
        return switch (kind) {
            case BPMN -> Optional.ofNullable(processDefinition(key, version))
                    .map(definition -> read(definition.getDeploymentId(), definition.getResourceName()));
            case DMN -> Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                            .decisionDefinitionVersion(version).singleResult())
                    .map(definition -> read(definition.getDeploymentId(), definition.getResourceName()));
        };
    }

    @Override
    public List<ModelVersion> deploy(String resourceName, String xml, String deployedBy) {
        DeploymentWithDefinitions deployment;
        try {
            deployment = repository.createDeployment().name(resourceName).source(SOURCE_PREFIX + deployedBy)
                    .addString(resourceName, xml).deployWithResult();
        }
        catch (ProcessEngineException e) {
            throw new DeploymentRefusedException(e.getMessage(), e);
        }
        List<ModelVersion> versions = new ArrayList<>();
        Optional.ofNullable(deployment.getDeployedProcessDefinitions())
                .ifPresent(list -> list.forEach(definition -> versions.add(version(definition))));
        Optional.ofNullable(deployment.getDeployedDecisionDefinitions())
                .ifPresent(list -> list.forEach(definition -> versions.add(version(definition))));
        if (versions.isEmpty()) {
            throw new DeploymentRefusedException(resourceName + " defines no executable process or decision", null);
        }
        return versions;
    }

    @Override
    public MigrationPreview previewMigration(String processKey, int fromVersion) {
        ProcessDefinition source = requiredDefinition(processKey, fromVersion);
        ProcessDefinition target = latest(processKey);
        List<ProcessInstance> running = running(source);
        if (source.getId().equals(target.getId())) {
            return new MigrationPreview(processKey, fromVersion, target.getVersion(), running.size(), List.of(),
                    List.of(), null);
        }
        MigrationPlan plan;
        try {
            plan = plan(source, target);
        }
        catch (MigrationPlanValidationException e) {
            return new MigrationPreview(processKey, fromVersion, target.getVersion(), running.size(), List.of(),
                    List.of(), e.getMessage());
        }
        Set<String> mapped = new LinkedHashSet<>();
        plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId).forEach(mapped::add);
        List<String> unmapped = repository.getBpmnModelInstance(source.getId()).getModelElementsByType(FlowNode.class)
                .stream().filter(OperatonModelDeployments::canWait).map(FlowNode::getId)
                .filter(id -> !mapped.contains(id)).sorted().toList();
        List<BlockedInstance> blocked = new ArrayList<>();
        for (ProcessInstance instance : running) {
            runtime.getActiveActivityIds(instance.getId()).stream().filter(unmapped::contains).findFirst()
                    .ifPresent(activity -> blocked.add(new BlockedInstance(instance.getId(),
                            instance.getBusinessKey(), "waits in " + activity + ", which the new version lacks")));
        }
        return new MigrationPreview(processKey, fromVersion, target.getVersion(), running.size(), unmapped,
                blocked, null);
    }

    @Override
    public MigrationResult migrate(String processKey, int fromVersion) {
        ProcessDefinition source = requiredDefinition(processKey, fromVersion);
        ProcessDefinition target = latest(processKey);
        if (source.getId().equals(target.getId())) {
            return new MigrationResult(processKey, fromVersion, fromVersion, List.of(), List.of());
        }
        MigrationPlan plan = plan(source, target);
        List<String> migrated = new ArrayList<>();
        List<BlockedInstance> notMigrated = new ArrayList<>();
        for (ProcessInstance instance : running(source)) {
            try {
                runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
                migrated.add(instance.getId());
            }
            catch (MigratingProcessInstanceValidationException e) {
                notMigrated.add(new BlockedInstance(instance.getId(), instance.getBusinessKey(),
                        reasons(e.getValidationReport())));
            }
            catch (ProcessEngineException e) {
                notMigrated.add(new BlockedInstance(instance.getId(), instance.getBusinessKey(), e.getMessage()));
            }
        }
        return new MigrationResult(processKey, fromVersion, target.getVersion(), migrated, notMigrated);
    }

    private MigrationPlan plan(ProcessDefinition source, ProcessDefinition target) {
        return runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
    }

    /** Where an instance can be when it is migrated: activities and catching events (not start events). */
    private static boolean canWait(FlowNode node) {
        return node instanceof Activity || (node instanceof CatchEvent && !(node instanceof StartEvent));
    }

    private static String reasons(MigratingProcessInstanceValidationReport report) {
        List<String> reasons = new ArrayList<>(report.getFailures());
        report.getActivityInstanceReports().forEach(activity -> activity.getFailures()
                .forEach(failure -> reasons.add(activity.getSourceScopeId() + ": " + failure)));
        report.getTransitionInstanceReports().forEach(transition -> transition.getFailures()
                .forEach(failure -> reasons.add(transition.getSourceScopeId() + ": " + failure)));
        return String.join("; ", reasons);
    }

    private List<ProcessInstance> running(ProcessDefinition definition) {
        return runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).list();
    }

    private ProcessDefinition processDefinition(String key, int version) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).processDefinitionVersion(version)
                .singleResult();
    }

    private ProcessDefinition requiredDefinition(String key, int version) {
        ProcessDefinition definition = processDefinition(key, version);
        if (definition == null) {
            throw new IllegalArgumentException("No version " + version + " of process " + key);
        }
        return definition;
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private String read(String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ModelVersion version(ProcessDefinition definition) {
        Deployment deployment = deployment(definition.getDeploymentId());
        return new ModelVersion(Kind.BPMN, definition.getKey(), definition.getName(), definition.getVersion(),
                definition.getResourceName(), definition.getDeploymentId(), Dates.instant(deployment.getDeploymentTime()),
                deployedBy(deployment));
    }

    private ModelVersion version(DecisionDefinition definition) {
        Deployment deployment = deployment(definition.getDeploymentId());
        return new ModelVersion(Kind.DMN, definition.getKey(), definition.getName(), definition.getVersion(),
                definition.getResourceName(), definition.getDeploymentId(), Dates.instant(deployment.getDeploymentTime()),
                deployedBy(deployment));
    }

    private Deployment deployment(String id) {
        return repository.createDeploymentQuery().deploymentId(id).singleResult();
    }

    /** The analyst who deployed it, or null for the models deployed at start-up. */
    private static String deployedBy(Deployment deployment) {
        String source = deployment.getSource();
        return source != null && source.startsWith(SOURCE_PREFIX) ? source.substring(SOURCE_PREFIX.length()) : null;
    }
}
