package com.careflow.search;

/** An autocomplete entry: what to show and where it leads. */
public record Suggestion(SearchType type, String id, String text) {
}
