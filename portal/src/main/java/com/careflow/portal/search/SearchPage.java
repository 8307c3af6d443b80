package com.careflow.portal.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import com.careflow.search.FacetCount;
import com.careflow.search.SearchResults;
import com.careflow.search.SearchSort;
import com.careflow.search.SearchType;

/**
 * Everything the results page shows, worked out in Java so the template only lays it out: tabs with counts, facet
 * values with their labels in the page language and the link that switches each on or off, the hits, and the way
 * on when nothing matched. Public: the template reads it.
 */
public record SearchPage(long total, int pages, List<Tab> tabs, List<Facet> facets, List<HitView> hits,
        String didYouMean, String didYouMeanUrl, List<String> sorts) {

    public record Tab(String type, long count, String url, boolean active) {
    }

    public record Facet(String name, List<FacetValue> values) {
    }

    public record FacetValue(String value, String label, long count, boolean selected, String url) {
    }

    static SearchPage of(SearchResults results, SearchForm form, SearchLinks links, MessageSource messages,
            Locale locale) {
        SearchType current = form.searchType();
        List<Tab> tabs = Arrays.stream(SearchType.values())
                .map(type -> new Tab(type.alias(), results.totalsByType().getOrDefault(type, 0L), links.type(type.alias()),
                        type == current))
                .toList();
        List<Facet> facets = results.facets().entrySet().stream()
                .filter(facet -> !facet.getValue().isEmpty())
                .map(facet -> new Facet(facet.getKey(), facet.getValue().stream()
                        .map(value -> value(facet.getKey(), value, links, messages, locale)).toList()))
                .toList();
        String didYouMean = results.didYouMean();
        return new SearchPage(results.total(), results.pages(), tabs, facets,
                results.hits().stream().map(HitView::of).toList(), didYouMean,
                didYouMean == null ? null : links.text(didYouMean), sorts(current));
    }

    /** The orders that mean something for a type (the search module falls back to relevance for the others). */
    static List<String> sorts(SearchType type) {
        List<SearchSort> sorts = switch (type) {
            case SERVICES -> List.of(SearchSort.RELEVANCE, SearchSort.PRICE_ASC, SearchSort.PRICE_DESC);
            case PROVIDERS -> List.of(SearchSort.RELEVANCE, SearchSort.RATING_DESC);
            case CONTENT -> List.of(SearchSort.RELEVANCE, SearchSort.NEWEST);
        };
        return sorts.stream().map(sort -> sort.name().toLowerCase(Locale.ROOT)).toList();
    }

    private static FacetValue value(String facet, FacetCount count, SearchLinks links, MessageSource messages,
            Locale locale) {
        return new FacetValue(count.value(), label(facet, count.value(), messages, locale), count.count(),
                count.selected(), links.toggle(facet, count.value()));
    }

    /** Names the platform already translates (categories, levels, kinds) come from their bundles; cities are names. */
    static String label(String facet, String value, MessageSource messages, Locale locale) {
        return switch (facet) {
            case "category" -> messages.getMessage("category." + value, null, value, locale);
            case "level" -> messages.getMessage("certification.level." + value, null, value, locale);
            case "kind" -> messages.getMessage("content.kind." + value, null, value, locale);
            case "price" -> priceLabel(value, messages, locale);
            case "rating" -> messages.getMessage("search.facet.rating.value", new Object[] {value}, value, locale);
            default -> value;
        };
    }

    private static String priceLabel(String value, MessageSource messages, Locale locale) {
        String[] bounds = value.split("-", -1);
        if (bounds.length != 2) {
            return value;
        }
        return bounds[1].isEmpty()
                ? messages.getMessage("search.facet.price.from", new Object[] {bounds[0]}, value, locale)
                : messages.getMessage("search.facet.price.range", new Object[] {bounds[0], bounds[1]}, value, locale);
    }

    /** The tab counts by type name, for the API. */
    static Map<String, Long> totals(SearchResults results) {
        return Arrays.stream(SearchType.values()).collect(java.util.stream.Collectors.toMap(SearchType::alias,
                type -> results.totalsByType().getOrDefault(type, 0L), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
