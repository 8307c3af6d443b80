package com.careflow.search;

import java.util.List;
import java.util.Map;

/**
 * A page of results.
 *
 * @param facets       facet name ({@code category}, {@code city}, {@code price}, {@code rating}, {@code level},
 *                     {@code kind}) → values with counts, only the facets of the query's type, in display order
 * @param totalsByType how many results the same text (without filters) has in each type, for the type tabs
 * @param didYouMean   a corrected query text when Latin words look misspelt and the correction finds more, else
 *                     null
 */
public record SearchResults(SearchQuery query, long total, List<SearchHit> hits,
        Map<String, List<FacetCount>> facets, Map<SearchType, Long> totalsByType, String didYouMean) {

    public int pages() {
        return (int) Math.min(SearchQuery.MAX_PAGE, (total + query.size() - 1) / query.size());
    }
}
