package com.careflow.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * A facet of numeric ranges (price bands, minimum ratings), shown in the order defined. The query's own range
 * ({@code selection}) is the filter; a facet value is selected when its range is exactly that one.
 */
record RangeFacet(String name, String field, List<Range> ranges, Function<SearchQuery, Range> selection)
        implements Facet {

    /** {@code [from, to)}; null ends are open. {@code value} is what the portal shows and sends back. */
    record Range(String value, Double from, Double to) {

        boolean isOpen() {
            return from == null && to == null;
        }

        boolean sameBounds(Range other) {
            return Objects.equals(from, other.from) && Objects.equals(to, other.to);
        }
    }

    @Override
    public Optional<Query> filter(SearchQuery query) {
        Range selected = selection.apply(query);
        if (selected.isOpen()) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.range(r -> r.number(n -> n.field(field).gte(selected.from())
                .lt(selected.to())))));
    }

    @Override
    public Aggregation aggregation() {
        List<AggregationRange> buckets = ranges.stream()
                .map(range -> AggregationRange.of(r -> r.key(range.value()).from(range.from()).to(range.to())))
                .toList();
        return Aggregation.of(a -> a.range(r -> r.field(field).ranges(buckets)));
    }

    @Override
    public List<FacetCount> counts(Aggregate aggregate, SearchQuery query) {
        Map<String, Long> found = new HashMap<>();
        for (RangeBucket bucket : aggregate.range().buckets().array()) {
            found.put(bucket.key(), bucket.docCount());
        }
        Range selected = selection.apply(query);
        List<FacetCount> counts = new ArrayList<>();
        for (Range range : ranges) {
            long count = found.getOrDefault(range.value(), 0L);
            boolean isSelected = range.sameBounds(selected);
            if (count > 0 || isSelected) {
                counts.add(new FacetCount(range.value(), count, isSelected));
            }
        }
        return counts;
    }
}
