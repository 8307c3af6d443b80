package com.careflow.portal.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.validation.Errors;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.search.Search;
import com.careflow.search.SearchQuery;
import com.careflow.search.SearchResults;
import com.careflow.search.SearchSort;
import com.careflow.search.SearchType;

/**
 * The query string of /search and /api/search: {@code ?q=陪诊&type=services&category=HOME_CARE&city=北京
 * &price=100-200&sort=price_asc&page=2}. Category, city, level and kind may repeat. Bean Validation checks the
 * limits of {@link SearchQuery} first, so a bad request is a field error and never reaches Elasticsearch; messages
 * come from i18n/search by Spring's error codes (e.g. {@code Size.searchForm.q}).
 */
public class SearchForm {

    private static final Logger log = LoggerFactory.getLogger(SearchForm.class);
    static final String TYPES = "services|providers|content";
    static final String SORTS = "relevance|price_asc|price_desc|rating_desc|newest";
    /** {@code 100-200} (from 100 up to, not including, 200) or {@code 500-} (500 and more), whole yuan. */
    static final String PRICE_RANGE = "(\\d{1,7})-(\\d{1,7})?";
    static final java.util.regex.Pattern PRICE = java.util.regex.Pattern.compile(PRICE_RANGE);
    static final int MAX_VALUES = 20;
    static final int MAX_CITY_LENGTH = 40;

    @Size(max = SearchQuery.MAX_TEXT_LENGTH)
    private String q = "";

    @Pattern(regexp = TYPES)
    private String type = SearchType.SERVICES.alias();

    @Size(max = MAX_VALUES)
    private List<String> category = new ArrayList<>();

    @Size(max = MAX_VALUES)
    private List<String> city = new ArrayList<>();

    @Pattern(regexp = PRICE_RANGE)
    private String price;

    @DecimalMin("0")
    @DecimalMax("5")
    private Double rating;

    @Size(max = MAX_VALUES)
    private List<String> level = new ArrayList<>();

    @Size(max = MAX_VALUES)
    private List<String> kind = new ArrayList<>();

    @Pattern(regexp = SORTS)
    private String sort = "relevance";

    @Min(1)
    @Max(SearchQuery.MAX_PAGE)
    private int page = 1;

    @Min(1)
    @Max(SearchQuery.MAX_PAGE_SIZE)
    private int size = SearchQuery.DEFAULT_PAGE_SIZE;

    /**
     * The page's and the API's search: checks the form (call after Bean Validation, with the same errors) and, when
     * it holds, searches. Empty, with the errors, when the form or the search refuses the query; an outage throws
     * SearchUnavailableException.
     */
    Optional<SearchResults> search(Search search, Errors errors) {
        check(errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        try {
            return Optional.of(search.search(toQuery()));
        }
        catch (IllegalArgumentException e) {
            // the form checks the same limits; this only happens if the two drift apart
            log.warn("Search refused a query the form accepted: {}", e.getMessage());
            errors.reject("search.invalid");
            return Optional.empty();
        }
    }

    /** What the annotations cannot say: filter values must be ones the platform has, and a price range must go upwards. */
    private void check(Errors errors) {
        known(errors, "category", category, ServiceCategory.class);
        known(errors, "level", level, CertificationLevel.class);
        known(errors, "kind", kind, ContentKind.class);
        if (rating != null && rating.isNaN() && !errors.hasFieldErrors("rating")) {
            errors.rejectValue("rating", "typeMismatch");
        }
        if (city.stream().anyMatch(c -> c.length() > MAX_CITY_LENGTH)) {
            errors.rejectValue("city", "TooLong", new Object[] {MAX_CITY_LENGTH}, null);
        }
        if (!errors.hasFieldErrors("price") && price != null) {
            BigDecimal[] range = priceRange();
            if (range[1] != null && range[0].compareTo(range[1]) >= 0) {
                errors.rejectValue("price", "Order");
            }
        }
    }

    /** The query for the search module; only call on a form without errors. */
    private SearchQuery toQuery() {
        BigDecimal[] range = priceRange();
        return new SearchQuery(q, searchType(), Set.copyOf(category), Set.copyOf(city), range[0], range[1], rating,
                Set.copyOf(level), Set.copyOf(kind), SearchSort.valueOf(sort.toUpperCase(Locale.ROOT)), page, size)
                .validated();
    }

    SearchType searchType() {
        return Arrays.stream(SearchType.values()).filter(t -> t.alias().equals(type)).findFirst()
                .orElse(SearchType.SERVICES);
    }

    /** Whether any facet narrows the results (the "fewer filters" help only makes sense then). */
    public boolean isFiltered() {
        return !category.isEmpty() || !city.isEmpty() || price != null || rating != null || !level.isEmpty()
                || !kind.isEmpty();
    }

    private BigDecimal[] priceRange() {
        if (price == null) {
            return new BigDecimal[2];
        }
        Matcher range = PRICE.matcher(price);
        if (!range.matches()) {
            return new BigDecimal[2];
        }
        return new BigDecimal[] {new BigDecimal(range.group(1)),
                range.group(2) == null ? null : new BigDecimal(range.group(2))};
    }

    private static <E extends Enum<E>> void known(Errors errors, String field, List<String> values, Class<E> names) {
        Set<String> allowed = Arrays.stream(names.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        values.stream().filter(value -> !allowed.contains(value)).findFirst()
                .ifPresent(value -> errors.rejectValue(field, "Unknown", new Object[] {value}, null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> cleaned(List<String> values) {
        List<String> cleaned = new ArrayList<>();
        if (values != null) {
            values.stream().map(SearchForm::blankToNull).filter(v -> v != null && !cleaned.contains(v))
                    .forEach(cleaned::add);
        }
        return cleaned;
    }

    public String getQ() {
        return q;
    }

    /** Surrounding blanks do not count towards the length. */
    public void setQ(String q) {
        this.q = q == null ? "" : q.strip();
    }

    public String getType() {
        return type;
    }

    /** Empty means the default; the value is compared lower-case. */
    public void setType(String type) {
        String value = blankToNull(type);
        this.type = value == null ? SearchType.SERVICES.alias() : value.toLowerCase(Locale.ROOT);
    }

    public List<String> getCategory() {
        return category;
    }

    public void setCategory(List<String> category) {
        this.category = cleaned(category);
    }

    public List<String> getCity() {
        return city;
    }

    public void setCity(List<String> city) {
        this.city = cleaned(city);
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = blankToNull(price);
    }

    public Double getRating() {
        return rating;
    }

    public void setRating(Double rating) {
        this.rating = rating;
    }

    public List<String> getLevel() {
        return level;
    }

    public void setLevel(List<String> level) {
        this.level = cleaned(level);
    }

    public List<String> getKind() {
        return kind;
    }

    public void setKind(List<String> kind) {
        this.kind = cleaned(kind);
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        String value = blankToNull(sort);
        this.sort = value == null ? "relevance" : value.toLowerCase(Locale.ROOT);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }
}
