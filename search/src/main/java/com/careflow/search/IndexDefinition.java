package com.careflow.search;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One type's index as the code defines it: settings and mappings (the JSON resource) and their version, which
 * goes up whenever the mapping changes so that startup rebuilds older indices.
 */
record IndexDefinition(SearchType type, String alias, int version, String json) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    /** A fresh physical index name: {@code <alias>-v<version>-<timestamp>}, unique per build. */
    String newIndexName(Instant at) {
        return indexPattern() + version + "-" + STAMP.format(at);
    }

    /** Whether a physical index was built for this type (by any version). */
    boolean owns(String index) {
        return index.startsWith(indexPattern());
    }

    private String indexPattern() {
        return alias + "-v";
    }
}
