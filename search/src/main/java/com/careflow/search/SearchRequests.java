package com.careflow.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;

/**
 * Turns a {@link SearchQuery} into the Elasticsearch request for its type: text query, facet filters as
 * post_filter (so facet counts are not narrowed by their own selection), one filtered aggregation per facet,
 * sort, paging and highlighting.
 */
final class SearchRequests {

    /** The sub-aggregation under each facet's filter aggregation. */
    static final String VALUES = "values";
    static final String MARK = "<mark>";
    static final String MARK_END = "</mark>";

    private SearchRequests() {
    }

    static SearchRequest of(String alias, IndexedType<?> type, SearchQuery query) {
        Map<Facet, Query> filters = new LinkedHashMap<>();
        for (Facet facet : type.facets()) {
            facet.filter(query).ifPresent(filter -> filters.put(facet, filter));
        }
        return SearchRequest.of(s -> {
            s.index(alias)
                    .query(TextQuery.of(query.text(), type.textFields()))
                    .from((query.page() - 1) * query.size())
                    .size(query.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .sort(sort(type, query))
                    .source(src -> src.filter(f -> f.excludes("suggest")))
                    .highlight(h -> {
                        h.encoder(HighlighterEncoder.Html).preTags(MARK).postTags(MARK_END)
                                .fields(type.titleField(), f -> f.numberOfFragments(0))
                                .fields(type.snippetField(), f -> f.numberOfFragments(1)
                                        .fragmentSize(Highlights.SNIPPET_LENGTH));
                        // English title whole, English snippet as a fragment, like their Chinese twins
                        List<String> english = type.englishHighlightFields();
                        for (int i = 0; i < english.size(); i++) {
                            int fragments = i == 0 ? 0 : 1;
                            h.fields(english.get(i), f -> f.numberOfFragments(fragments)
                                    .fragmentSize(Highlights.SNIPPET_LENGTH));
                        }
                        return h;
                    });
            if (!filters.isEmpty()) {
                s.postFilter(all(List.copyOf(filters.values())));
            }
            for (Facet facet : type.facets()) {
                List<Query> others = filters.entrySet().stream().filter(e -> e.getKey() != facet)
                        .map(Map.Entry::getValue).toList();
                s.aggregations(facet.name(), Aggregation.of(a -> a.filter(all(others))
                        .aggregations(VALUES, facet.aggregation())));
            }
            return s;
        });
    }

    /** The type's sort when it has one for the query's, else relevance; ties always by id, so pages are stable. */
    private static List<SortOptions> sort(IndexedType<?> type, SearchQuery query) {
        List<SortOptions> sort = new ArrayList<>();
        Optional<SortOptions> specific = type.sort(query.sort());
        specific.ifPresent(sort::add);
        sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        sort.add(SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        return sort;
    }

    private static Query all(List<Query> filters) {
        return filters.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q.bool(b -> b.filter(filters)));
    }
}
