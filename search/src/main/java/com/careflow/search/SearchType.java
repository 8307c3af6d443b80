package com.careflow.search;

/** What a search looks through; each type has its own versioned index behind the alias {@code <prefix>-<alias>}. */
public enum SearchType {
    SERVICES("services"), PROVIDERS("providers"), CONTENT("content");

    private final String alias;

    SearchType(String alias) {
        this.alias = alias;
    }

    /** The alias suffix and index definition name: {@code services}, {@code providers}, {@code content}. */
    public String alias() {
        return alias;
    }
}
