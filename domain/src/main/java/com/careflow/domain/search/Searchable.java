package com.careflow.domain.search;

/** The aggregates search indexes: each has its own index, fed through the search outbox. */
public enum Searchable {
    SERVICE, PROVIDER, CONTENT
}
