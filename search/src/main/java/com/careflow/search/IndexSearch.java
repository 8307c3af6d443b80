package com.careflow.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.springframework.stereotype.Component;

/** {@link Search} over the aliases: one request for the page and its facets, one for the per-type totals. */
@Component
class IndexSearch implements Search {

    /** Below this many hits a spelling correction is worth offering. */
    static final int FEW_HITS = 3;

    private final ElasticsearchClient client;
    private final IndexedTypes types;
    private final SearchProperties properties;
    private final TypeTotals totals;
    private final Spelling spelling;
    private final Completions completions;

    IndexSearch(ElasticsearchClient client, IndexedTypes types, SearchProperties properties, TypeTotals totals,
            Spelling spelling, Completions completions) {
        this.client = client;
        this.types = types;
        this.properties = properties;
        this.totals = totals;
        this.spelling = spelling;
        this.completions = completions;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return search(types.of(query.validated().type()), query);
    }

    @Override
    public List<Suggestion> suggest(String prefix, int max) {
        return completions.suggest(prefix, max);
    }

    private <D extends IndexDocument> SearchResults search(IndexedType<D> type, SearchQuery query) {
        String alias = properties.alias(type.type());
        SearchResponse<D> response = Elastic.call("search " + alias,
                () -> client.search(SearchRequests.of(alias, type, query), type.documentClass()));
        List<SearchHit> hits = response.hits().hits().stream()
                .map(hit -> type.hit(hit.source(), new Highlights(hit.highlight()))).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        String didYouMean = total < FEW_HITS ? spelling.correct(query.text()).orElse(null) : null;
        return new SearchResults(query, total, hits, facets(type, query, response.aggregations()),
                totals.of(query.text()), didYouMean);
    }

    private static Map<String, List<FacetCount>> facets(IndexedType<?> type, SearchQuery query,
            Map<String, Aggregate> aggregations) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : type.facets()) {
            Aggregate values = aggregations.get(facet.name()).filter().aggregations().get(SearchRequests.VALUES);
            facets.put(facet.name(), facet.counts(values, query));
        }
        return facets;
    }
}
