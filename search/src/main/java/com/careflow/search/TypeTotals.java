package com.careflow.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import org.springframework.stereotype.Component;

/** How many hits the same text has in each type, without filters: the counts on the type tabs. One msearch. */
@Component
class TypeTotals {

    private final ElasticsearchClient client;
    private final IndexedTypes types;
    private final SearchProperties properties;

    TypeTotals(ElasticsearchClient client, IndexedTypes types, SearchProperties properties) {
        this.client = client;
        this.types = types;
        this.properties = properties;
    }

    Map<SearchType, Long> of(String text) {
        List<SearchType> order = List.of(SearchType.values());
        List<RequestItem> searches = new ArrayList<>();
        for (SearchType type : order) {
            searches.add(RequestItem.of(r -> r
                    .header(h -> h.index(properties.alias(type)).ignoreUnavailable(true))
                    .body(b -> b.query(TextQuery.of(text, types.of(type).textFields())).size(0)
                            .trackTotalHits(t -> t.enabled(true)))));
        }
        MsearchResponse<Void> response = Elastic.call("count results by type",
                () -> client.msearch(m -> m.searches(searches), Void.class));
        Map<SearchType, Long> totals = new EnumMap<>(SearchType.class);
        for (int i = 0; i < order.size(); i++) {
            MultiSearchResponseItem<Void> item = response.responses().get(i);
            // a type whose index is not built yet simply has nothing
            totals.put(order.get(i), item.isResult() ? item.result().hits().total().value() : 0L);
        }
        return Collections.unmodifiableMap(totals);
    }
}
