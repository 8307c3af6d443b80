package com.careflow.portal.analyst.edit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careflow.domain.process.ModelDeployments;

/**
 * A stand-in for the engine's deployments in web slices: versions kept in memory, each with its XML and who deployed
 * it (the process or decision id read from the XML); a model containing "refused-by-engine" is refused like a parse
 * error. Migration answers with {@link #preview}, set by the test.
 */
public class InMemoryModelDeployments implements ModelDeployments {

    private static final Pattern ID = Pattern.compile("<(?:bpmn:process|decision) id=\"([^\"]+)\"");

    private final List<Stored> versions = new CopyOnWriteArrayList<>();
    volatile MigrationPreview preview;
    final List<String> migrated = new CopyOnWriteArrayList<>();

    record Stored(ModelVersion version, String xml) {
    }

    public void reset() {
        versions.clear();
        migrated.clear();
        preview = null;
    }

    public void seed(Kind kind, String resourceName, String xml) {
        store(kind, resourceName, xml, null);
    }

    List<ModelVersion> all() {
        return versions.stream().map(Stored::version).toList();
    }

    @Override
    public List<ModelVersion> latestVersions() {
        Map<String, ModelVersion> latest = new java.util.TreeMap<>();
        versions.forEach(stored -> latest.merge(stored.version().kind() + "/" + stored.version().key(),
                stored.version(), (a, b) -> a.version() > b.version() ? a : b));
        return List.copyOf(latest.values());
    }

    @Override
    public Optional<String> source(Kind kind, String key, int version) {
        return versions.stream().filter(stored -> stored.version().kind() == kind
                && stored.version().key().equals(key) && stored.version().version() == version)
                .map(Stored::xml).findFirst();
    }

    @Override
    public List<ModelVersion> deploy(String resourceName, String xml, String deployedBy) {
        if (xml.contains("refused-by-engine")) {
            throw new DeploymentRefusedException("ENGINE-09005 Could not parse BPMN process", null);
        }
        Kind kind = resourceName.endsWith(".dmn") ? Kind.DMN : Kind.BPMN;
        return List.of(store(kind, resourceName, xml, deployedBy));
    }

    private ModelVersion store(Kind kind, String resourceName, String xml, String deployedBy) {
        Matcher id = ID.matcher(xml);
        String key = id.find() ? id.group(1) : resourceName;
        int version = (int) versions.stream().filter(stored -> stored.version().key().equals(key)).count() + 1;
        ModelVersion stored = new ModelVersion(kind, key, key, version, resourceName, "deployment-" + version,
                Instant.parse("2030-01-01T00:00:00Z"), deployedBy);
        versions.add(new Stored(stored, xml));
        return stored;
    }

    @Override
    public MigrationPreview previewMigration(String processKey, int fromVersion) {
        if (source(Kind.BPMN, processKey, fromVersion).isEmpty()) {
            throw new IllegalArgumentException("No version " + fromVersion + " of process " + processKey);
        }
        return preview;
    }

    @Override
    public MigrationResult migrate(String processKey, int fromVersion) {
        List<String> moved = new ArrayList<>();
        moved.add(processKey + "@" + fromVersion);
        migrated.addAll(moved);
        return new MigrationResult(processKey, fromVersion, preview.toVersion(), moved, preview.blocked());
    }
}
