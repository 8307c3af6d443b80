package com.careflow.portal.analyst;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careflow.domain.engine.DeployedModel;
import com.careflow.domain.engine.ModelKind;
import com.careflow.domain.engine.ProcessModels;

/**
 * {@link ProcessModels} for web slices: deployments kept in memory. A deployed XML defines one model, whose key is
 * the id of its first {@code process} (BPMN) or {@code decision} (DMN) element; each deploy makes the next version.
 * An XML without one is refused as the engine would.
 */
public class InMemoryProcessModels implements ProcessModels {

    private static final Pattern MODEL = Pattern.compile("<(?:\\w+:)?(process|decision)\\s[^>]*?id=\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("\\sname=\"([^\"]*)\"");

    private final Clock clock;
    private final List<DeployedModel> deployed = new ArrayList<>();
    private final Map<String, String> xmlById = new ConcurrentHashMap<>();

    public InMemoryProcessModels(Clock clock) {
        this.clock = clock;
    }

    public synchronized void reset() {
        deployed.clear();
        xmlById.clear();
    }

    @Override
    public synchronized List<DeployedModel> all() {
        return deployed.stream().sorted(Comparator.comparing(DeployedModel::kind).thenComparing(DeployedModel::key)
                .thenComparing(DeployedModel::version, Comparator.reverseOrder())).toList();
    }

    @Override
    public List<DeployedModel> versionsOf(String key) {
        return all().stream().filter(model -> model.key().equals(key)).toList();
    }

    @Override
    public Optional<DeployedModel> find(String definitionId) {
        return all().stream().filter(model -> model.definitionId().equals(definitionId)).findFirst();
    }

    @Override
    public Optional<String> xml(String definitionId) {
        return Optional.ofNullable(xmlById.get(definitionId));
    }

    @Override
    public synchronized List<DeployedModel> deploy(String resourceName, String xml, String deployedBy) {
        Matcher model = MODEL.matcher(xml);
        if (!model.find()) {
            throw new InvalidModelException("No process or decision in " + resourceName, null);
        }
        ModelKind kind = model.group(1).equals("process") ? ModelKind.PROCESS : ModelKind.DECISION;
        String key = model.group(2);
        Matcher name = NAME.matcher(model.group());
        int version = versionsOf(key).size() + 1;
        String id = key + ":" + version + ":test";
        DeployedModel created = new DeployedModel(id, kind, key, name.find() ? name.group(1) : null, version,
                resourceName, "deployment-" + id, resourceName, clock.instant(), deployedBy);
        deployed.add(created);
        xmlById.put(id, xml);
        return List.of(created);
    }
}
