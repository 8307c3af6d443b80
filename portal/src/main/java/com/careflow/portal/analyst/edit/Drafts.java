package com.careflow.portal.analyst.edit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.careflow.domain.process.ModelDeployments;
import com.careflow.domain.process.ModelDeployments.Kind;
import com.careflow.domain.process.ModelDeployments.ModelVersion;

/** The analysts' drafts in MongoDB: started from a deployed version's source, saved, listed, discarded. */
@Component
class Drafts {

    static final String COLLECTION = "analyst_drafts";

    private final MongoOperations mongo;
    private final ModelDeployments deployments;
    private final Clock clock;

    Drafts(MongoOperations mongo, ModelDeployments deployments, Clock clock) {
        this.mongo = mongo;
        this.deployments = deployments;
        this.clock = clock;
    }

    /** A draft from the deployed {@code version}; empty when no such version is deployed. */
    Optional<Draft> start(Kind kind, String key, int version, String user) {
        Optional<String> source = deployments.source(kind, key, version);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Optional<ModelVersion> latest = deployments.latestVersions().stream()
                .filter(model -> model.kind() == kind && model.key().equals(key)).findFirst();
        String name = latest.map(ModelVersion::name).filter(n -> !n.isBlank()).orElse(key);
        // the resource keeps its file name, so the engine's versions of it read as one model's history
        String resource = latest.map(ModelVersion::resourceName).orElse(key + kind.suffix());
        var now = clock.instant();
        Draft draft = new Draft(UUID.randomUUID().toString(), kind, key, name, version, resource, source.get(), user,
                now, user, now);
        return Optional.of(mongo.insert(draft));
    }

    Optional<Draft> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Draft.class));
    }

    /** Newest saved first. */
    List<Draft> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "savedAt")), Draft.class);
    }

    Draft save(Draft draft, String xml, String user) {
        return mongo.save(draft.saved(xml, user, clock.instant()));
    }

    void discard(String id) {
        mongo.remove(Query.query(Criteria.where("_id").is(id)), Draft.class);
    }
}
