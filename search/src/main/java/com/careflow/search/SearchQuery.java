package com.careflow.search;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One search as the user asked it. Filters that do not apply to {@code type} are ignored (a price range on
 * providers). {@code text} may be blank (browse by filters). Build it through {@link #validated}, which enforces the
 * limits below; the portal checks the same limits first to show field errors.
 *
 * @param categories ServiceCategory names (services, providers)
 * @param cities     city names as stored (北京, 上海, 线上 …)
 * @param minPrice   inclusive, CNY (services)
 * @param maxPrice   exclusive, CNY (services)
 * @param minRating  0–5 (providers)
 * @param levels     CertificationLevel names (providers)
 * @param kinds      ContentKind names (content)
 * @param page       1-based
 * @param size       results per page
 */
public record SearchQuery(String text, SearchType type, Set<String> categories, Set<String> cities,
        BigDecimal minPrice, BigDecimal maxPrice, Double minRating, Set<String> levels, Set<String> kinds,
        SearchSort sort, int page, int size) {

    public static final int MAX_TEXT_LENGTH = 100;
    public static final int MAX_PAGE_SIZE = 50;
    public static final int DEFAULT_PAGE_SIZE = 10;
    /** Deep paging is what Elasticsearch is worst at and no person pages this far. */
    public static final int MAX_PAGE = 100;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        type = type == null ? SearchType.SERVICES : type;
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        cities = cities == null ? Set.of() : Set.copyOf(cities);
        levels = levels == null ? Set.of() : Set.copyOf(levels);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** A text search of one type with no filters, first page. */
    public static SearchQuery of(String text, SearchType type) {
        return new SearchQuery(text, type, null, null, null, null, null, null, null, null, 1, DEFAULT_PAGE_SIZE)
                .validated();
    }

    /** This query if it is within the limits, else IllegalArgumentException naming the first broken one. */
    public SearchQuery validated() {
        require(text.length() <= MAX_TEXT_LENGTH, "text is longer than " + MAX_TEXT_LENGTH + " characters");
        require(page >= 1 && page <= MAX_PAGE, "page must be between 1 and " + MAX_PAGE);
        require(size >= 1 && size <= MAX_PAGE_SIZE, "size must be between 1 and " + MAX_PAGE_SIZE);
        require(minPrice == null || minPrice.signum() >= 0, "minPrice must not be negative");
        require(maxPrice == null || maxPrice.signum() > 0, "maxPrice must be positive");
        require(minPrice == null || maxPrice == null || minPrice.compareTo(maxPrice) < 0,
                "minPrice must be below maxPrice");
        require(minRating == null || (minRating >= 0 && minRating <= 5), "minRating must be between 0 and 5");
        return this;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
