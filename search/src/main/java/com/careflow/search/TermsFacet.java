package com.careflow.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.util.NamedValue;

/** A facet over a keyword field (category, city, level, kind): values by count, then by value. */
record TermsFacet(String name, String field, Function<SearchQuery, Set<String>> selection) implements Facet {

    /** More than any of our keyword facets has values (cities are the largest). */
    private static final int MAX_VALUES = 100;

    @Override
    public Optional<Query> filter(SearchQuery query) {
        Set<String> selected = selection.apply(query);
        if (selected.isEmpty()) {
            return Optional.empty();
        }
        List<FieldValue> values = selected.stream().sorted().map(FieldValue::of).toList();
        return Optional.of(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values)))));
    }

    @Override
    public Aggregation aggregation() {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(MAX_VALUES)
                .order(List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))));
    }

    @Override
    public List<FacetCount> counts(Aggregate aggregate, SearchQuery query) {
        Set<String> selected = selection.apply(query);
        List<FacetCount> counts = new ArrayList<>();
        for (StringTermsBucket bucket : aggregate.sterms().buckets().array()) {
            String value = bucket.key().stringValue();
            counts.add(new FacetCount(value, bucket.docCount(), selected.contains(value)));
        }
        Set<String> shown = counts.stream().map(FacetCount::value).collect(Collectors.toSet());
        selected.stream().filter(v -> !shown.contains(v)).sorted()
                .forEach(v -> counts.add(new FacetCount(v, 0, true)));
        return counts;
    }
}
