package com.careflow.portal.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careflow.search.FacetCount;
import com.careflow.search.SearchHit;
import com.careflow.search.SearchQuery;
import com.careflow.search.SearchResults;
import com.careflow.search.SearchType;

/** Hits and result pages as the search module returns them (highlight HTML already escaped, {@code <mark>} only). */
final class SearchFixtures {

    static final Map<SearchType, Long> TOTALS = Map.of(SearchType.SERVICES, 2L, SearchType.PROVIDERS, 1L,
            SearchType.CONTENT, 5L);

    private SearchFixtures() {
    }

    static SearchHit service(String id, String title, String titleHtml, String snippetHtml, String category,
            String city, String price) {
        return new SearchHit(SearchType.SERVICES, id, title, titleHtml, snippetHtml, category, null, city,
                new BigDecimal(price), null, null, null, null, null, null);
    }

    static SearchHit provider(String id, String name, String city, List<String> categories, List<String> levels,
            double rating) {
        return new SearchHit(SearchType.PROVIDERS, id, name, null, null, null, categories, city, null, rating, levels,
                List.of("zh"), null, null, null);
    }

    static SearchHit content(String id, String title, String titleHtml, String snippetHtml, String kind,
            String author, Instant publishedAt) {
        return new SearchHit(SearchType.CONTENT, id, title, titleHtml, snippetHtml, null, null, null, null, null,
                null, null, kind, author, publishedAt);
    }

    static SearchResults page(SearchQuery query, long total, List<SearchHit> hits,
            Map<String, List<FacetCount>> facets, String didYouMean) {
        return new SearchResults(query, total, hits, facets, TOTALS, didYouMean);
    }

    /** Facets in display order, as the search module sends them. */
    @SafeVarargs
    static Map<String, List<FacetCount>> facets(Map.Entry<String, List<FacetCount>>... facets) {
        Map<String, List<FacetCount>> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, List<FacetCount>> facet : facets) {
            ordered.put(facet.getKey(), facet.getValue());
        }
        return ordered;
    }
}
