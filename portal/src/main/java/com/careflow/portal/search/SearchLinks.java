package com.careflow.portal.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.careflow.search.SearchQuery;

/**
 * The addresses the results page links to, each a variation of the current search: another type, a facet value
 * switched on or off, another page, a corrected text. Only values that differ from the defaults appear, so links
 * stay short and readable ({@code /search?q=陪诊&category=HOME_CARE}). Public: the templates call it.
 */
public final class SearchLinks {

    static final String PATH = "/search";
    /** Facets where one value is chosen at a time (a range, a minimum); the others are multi-select. */
    private static final List<String> SINGLE = List.of("price", "rating");

    /** Parameter name → values, in the order they are written. */
    private final Map<String, List<String>> parameters;

    private SearchLinks(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    static SearchLinks of(SearchForm form) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "q", form.getQ().isEmpty() ? null : form.getQ());
        put(parameters, "type", form.getType());
        parameters.put("category", new ArrayList<>(form.getCategory()));
        parameters.put("city", new ArrayList<>(form.getCity()));
        put(parameters, "price", form.getPrice());
        put(parameters, "rating", form.getRating() == null ? null : plain(form.getRating()));
        parameters.put("level", new ArrayList<>(form.getLevel()));
        parameters.put("kind", new ArrayList<>(form.getKind()));
        put(parameters, "sort", "relevance".equals(form.getSort()) ? null : form.getSort());
        put(parameters, "page", form.getPage() == 1 ? null : String.valueOf(form.getPage()));
        put(parameters, "size", form.getSize() == SearchQuery.DEFAULT_PAGE_SIZE ? null : String.valueOf(form.getSize()));
        return new SearchLinks(parameters);
    }

    /** This search as it is. */
    public String current() {
        return url(parameters);
    }

    /** The same text in another type: filters and order belong to a type, so they are left behind. */
    public String type(String type) {
        return only(type, text());
    }

    /** Switches one facet value on or off, back to the first page. */
    public String toggle(String facet, String value) {
        return with(p -> {
            List<String> values = p.computeIfAbsent(facet, name -> new ArrayList<>());
            if (values.contains(value)) {
                values.remove(value);
            }
            else {
                if (SINGLE.contains(facet)) {
                    values.clear();
                }
                values.add(value);
            }
            p.remove("page");
        });
    }

    public String page(int page) {
        return with(p -> put(p, "page", page == 1 ? null : String.valueOf(page)));
    }

    /** The corrected text ("did you mean"), with the same filters, from the first page. */
    public String text(String text) {
        return with(p -> {
            put(p, "q", text);
            p.remove("page");
        });
    }

    /** The same text and type without any filter: the way out of an empty result. */
    public String withoutFilters() {
        return only(type(), text());
    }

    /** Services of one category, whatever the text was: a start when nothing matched. */
    public String browse(String category) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "type", "services");
        put(p, "category", category);
        return url(p);
    }

    private String text() {
        return first("q");
    }

    private String type() {
        return first("type");
    }

    private String first(String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.getFirst();
    }

    private static String only(String type, String text) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, "q", text);
        put(p, "type", type);
        return url(p);
    }

    private String with(Consumer<Map<String, List<String>>> change) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        parameters.forEach((name, values) -> copy.put(name, new ArrayList<>(values)));
        change.accept(copy);
        return url(copy);
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value == null || value.isEmpty()) {
            parameters.remove(name);
        }
        else {
            parameters.put(name, new ArrayList<>(List.of(value)));
        }
    }

    private static String url(Map<String, List<String>> parameters) {
        StringBuilder url = new StringBuilder(PATH);
        parameters.forEach((name, values) -> values.forEach(value -> url.append(url.length() == PATH.length() ? '?' : '&')
                .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return url.toString();
    }

    /** 4.5 stays 4.5, 4.0 becomes 4: the same words the rating facet uses. */
    static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
