package com.careflow.engine.adapter;

import static com.careflow.engine.adapter.Dates.instant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.repository.Deployment;
import org.operaton.bpm.engine.repository.DeploymentWithDefinitions;
import org.operaton.bpm.engine.repository.ProcessDefinition;

import com.careflow.domain.engine.DeployedModel;
import com.careflow.domain.engine.ModelKind;
import com.careflow.domain.engine.ProcessModels;

/**
 * {@link ProcessModels} on the engine's repository. Who deployed a version is kept on its deployment: the workspace
 * deploys with the source {@value #SOURCE_PREFIX}{@code <user>}; the platform's own deployment at start has another
 * source and no user.
 */
class OperatonProcessModels implements ProcessModels {

    static final String SOURCE_PREFIX = "careflow-analyst:";

    private static final Comparator<DeployedModel> LISTING = Comparator.comparing(DeployedModel::kind)
            .thenComparing(DeployedModel::key).thenComparing(DeployedModel::version, Comparator.reverseOrder());

    private final RepositoryService repository;

    OperatonProcessModels(RepositoryService repository) {
        this.repository = repository;
    }

    @Override
    public List<DeployedModel> all() {
        return models(repository.createProcessDefinitionQuery().list(),
                repository.createDecisionDefinitionQuery().list());
    }

    @Override
    public List<DeployedModel> versionsOf(String key) {
        return models(repository.createProcessDefinitionQuery().processDefinitionKey(key).list(),
                repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).list());
    }

    @Override
    public Optional<DeployedModel> find(String definitionId) {
        return models(repository.createProcessDefinitionQuery().processDefinitionId(definitionId).list(),
                repository.createDecisionDefinitionQuery().decisionDefinitionId(definitionId).list())
                .stream().findFirst();
    }

    @Override
    public Optional<String> xml(String definitionId) {
        return find(definitionId).map(model -> {
            try (InputStream in = repository.getResourceAsStream(model.deploymentId(), model.resourceName())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + model.resourceName(), e);
            }
        });
    }

    @Override
    public List<DeployedModel> deploy(String resourceName, String xml, String deployedBy) {
        DeploymentWithDefinitions deployment;
        try {
            deployment = repository.createDeployment().name(resourceName).source(SOURCE_PREFIX + deployedBy)
                    .addString(resourceName, xml).deployWithResult();
        }
        catch (ProcessEngineException e) {
            throw new InvalidModelException(e.getMessage(), e);
        }
        List<ProcessDefinition> processes = deployment.getDeployedProcessDefinitions();
        List<DecisionDefinition> decisions = deployment.getDeployedDecisionDefinitions();
        return models(processes == null ? List.of() : processes, decisions == null ? List.of() : decisions);
    }

    private List<DeployedModel> models(List<ProcessDefinition> processes, List<DecisionDefinition> decisions) {
        List<String> deploymentIds = new ArrayList<>();
        processes.forEach(process -> deploymentIds.add(process.getDeploymentId()));
        decisions.forEach(decision -> deploymentIds.add(decision.getDeploymentId()));
        // deployments are few (one at start, one per workspace deploy): one query for all beats one per model
        Map<String, Deployment> deployments = deploymentIds.isEmpty() ? Map.of()
                : repository.createDeploymentQuery().list().stream()
                        .collect(Collectors.toMap(Deployment::getId, Function.identity()));
        List<DeployedModel> models = new ArrayList<>();
        for (ProcessDefinition process : processes) {
            models.add(model(process.getId(), ModelKind.PROCESS, process.getKey(), process.getName(),
                    process.getVersion(), process.getResourceName(), deployments.get(process.getDeploymentId())));
        }
        for (DecisionDefinition decision : decisions) {
            models.add(model(decision.getId(), ModelKind.DECISION, decision.getKey(), decision.getName(),
                    decision.getVersion(), decision.getResourceName(), deployments.get(decision.getDeploymentId())));
        }
        models.sort(LISTING);
        return models;
    }

    private static DeployedModel model(String id, ModelKind kind, String key, String name, int version,
            String resource, Deployment deployment) {
        String source = deployment == null ? null : deployment.getSource();
        String deployedBy = source != null && source.startsWith(SOURCE_PREFIX)
                ? source.substring(SOURCE_PREFIX.length()) : null;
        return new DeployedModel(id, kind, key, name, version, resource,
                deployment == null ? null : deployment.getId(), deployment == null ? null : deployment.getName(),
                deployment == null ? null : instant(deployment.getDeploymentTime()), deployedBy);
    }
}
