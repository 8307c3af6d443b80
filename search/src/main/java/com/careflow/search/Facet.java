package com.careflow.search;

import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * One facet of a type: the filter the user's selection in it applies, the aggregation that counts its values, and
 * reading those counts back. Facets are multi-select: the search applies each facet's aggregation under the
 * OTHER facets' filters only.
 */
interface Facet {

    String name();

    /** The filter for the query's selection in this facet; empty when nothing is selected. */
    Optional<Query> filter(SearchQuery query);

    Aggregation aggregation();

    /** The values in display order; a selected value is kept (count 0) even when nothing has it any more. */
    List<FacetCount> counts(Aggregate aggregate, SearchQuery query);
}
