package com.careflow.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.search.*}. The index prefix keeps installations (the platform, the bench) apart on one
 * Elasticsearch: aliases are {@code <prefix>-services}, {@code <prefix>-providers}, {@code <prefix>-content}.
 *
 * @param startupRetry how long to wait before trying again to set up the indices while Elasticsearch is down
 * @param replicas     copies of each index beside its primary once built: 0 on a single node (the local runtime,
 *                     compose), 1 or more on a real cluster
 */
@ConfigurationProperties("careflow.search")
public record SearchProperties(
        @DefaultValue("careflow") String indexPrefix,
        @DefaultValue("5s") Duration startupRetry,
        @DefaultValue("0") int replicas,
        @DefaultValue Indexer indexer,
        @DefaultValue Reindex reindex) {

    public SearchProperties {
        // index names must be lower case; a prefix that is not would only fail at the first index creation
        if (replicas < 0) {
            throw new IllegalArgumentException("careflow.search.replicas must not be negative");
        }
        if (!indexPrefix.matches("[a-z0-9][a-z0-9_.-]*")) {
            throw new IllegalArgumentException("careflow.search.index-prefix must be lower-case letters, digits, "
                    + "'-', '_' or '.', not '" + indexPrefix + "'");
        }
    }

    /** The alias searches and the indexer use for {@code type}. */
    public String alias(SearchType type) {
        return indexPrefix + "-" + type.alias();
    }

    /**
     * The outbox indexer: polls every {@code pollInterval} for up to {@code batchSize} due changes; a failed change
     * is retried after {@code backoffMin}·2^attempts, at most {@code backoffMax}.
     */
    public record Indexer(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("1s") Duration backoffMin,
            @DefaultValue("5m") Duration backoffMax) {
    }

    /** The full reindex reads MongoDB and writes Elasticsearch {@code batchSize} documents at a time. */
    public record Reindex(@DefaultValue("1000") int batchSize) {
    }
}
