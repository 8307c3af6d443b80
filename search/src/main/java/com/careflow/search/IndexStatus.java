package com.careflow.search;

/** One alias as it stands: the index it points at, that index's mapping version and document count. */
public record IndexStatus(SearchType type, String alias, String index, int mappingVersion, long documents) {
}
