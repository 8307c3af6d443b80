package com.careflow.portal.analyst.edit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import com.careflow.domain.process.ModelDeployments.Kind;

/**
 * An analyst's edit of a deployed model, kept until it is deployed or discarded. {@code baseVersion} is the version
 * it started from; {@code key} the process or decision id.
 */
@Document(Drafts.COLLECTION)
record Draft(@Id String id, Kind kind, String key, String name, int baseVersion, String resourceName, String xml,
        String createdBy, Instant createdAt, String savedBy, Instant savedAt) {

    Draft saved(String newXml, String by, Instant at) {
        return new Draft(id, kind, key, name, baseVersion, resourceName, newXml, createdBy, createdAt, by, at);
    }
}
