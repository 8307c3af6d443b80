package com.careflow.search;

/**
 * One value of a facet and how many results it would give with the other facets' filters applied (facets are
 * multi-select: a facet's own filter does not narrow its counts). Price facet values are ranges like
 * {@code 100-200} ({@code 500-} open-ended); rating values are minimums like {@code 4.5}.
 */
public record FacetCount(String value, long count, boolean selected) {
}
