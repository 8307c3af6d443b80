package com.careflow.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.provider.Cities;
import com.careflow.search.SearchQuery;
import com.careflow.search.SearchSort;
import com.careflow.search.SearchType;

/**
 * The measured searches, as people use the search page: two in three on services, one in three on content; the
 * words of what they look for ({@link SearchCorpus#serviceWords}, {@link SearchCorpus#CONTENT_WORDS}), now and then
 * with a city or misspelt; often narrowed by a facet (the category looked for, a city, a price range, a kind) or
 * sorted, now and then the second page. Same seed, same queries.
 */
final class SearchQueries {

    /** The price facet's ranges, as the portal's price links send them; null = open end. */
    private static final List<BigDecimal[]> PRICE_RANGES = List.of(
            new BigDecimal[] {BigDecimal.ZERO, new BigDecimal("100")},
            new BigDecimal[] {new BigDecimal("100"), new BigDecimal("200")},
            new BigDecimal[] {new BigDecimal("200"), new BigDecimal("300")},
            new BigDecimal[] {new BigDecimal("300"), new BigDecimal("500")},
            new BigDecimal[] {new BigDecimal("500"), null});

    /** Typos as people make them: they exercise the did-you-mean path (few hits, Latin letters). */
    private static final List<String> MISSPELT = List.of("nutriton", "diabetis", "screning", "nursng", "consultaton",
            "rehabilitaton", "elderly car");

    private SearchQueries() {
    }

    static List<SearchQuery> generate(int count, long seed) {
        Random random = new Random(seed);
        List<SearchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            queries.add(random.nextInt(3) < 2 ? services(random) : content(random));
        }
        return queries;
    }

    private static SearchQuery services(Random random) {
        ServiceCategory looking = pick(random, List.of(ServiceCategory.values()));
        String text = random.nextInt(20) == 0 ? pick(random, MISSPELT)
                : pick(random, SearchCorpus.serviceWords(looking));
        String city = pick(random, Cities.all());
        if (random.nextInt(6) == 0) {
            text = city + " " + text;
        }
        Set<String> categories = random.nextInt(10) < 4 ? Set.of(looking.name()) : Set.of();
        Set<String> cities = random.nextInt(10) < 3 ? Set.of(city) : Set.of();
        BigDecimal[] price = random.nextInt(10) < 3 ? pick(random, PRICE_RANGES) : new BigDecimal[2];
        SearchSort sort = switch (random.nextInt(10)) {
            case 0 -> SearchSort.PRICE_ASC;
            case 1 -> SearchSort.PRICE_DESC;
            default -> SearchSort.RELEVANCE;
        };
        return new SearchQuery(text, SearchType.SERVICES, categories, cities, price[0], price[1], null, null, null,
                sort, page(random), SearchQuery.DEFAULT_PAGE_SIZE).validated();
    }

    private static SearchQuery content(Random random) {
        String text = random.nextInt(20) == 0 ? pick(random, MISSPELT) : pick(random, SearchCorpus.CONTENT_WORDS);
        Set<String> kinds = random.nextInt(10) < 4 ? Set.of(pick(random, List.of(ContentKind.values())).name())
                : Set.of();
        SearchSort sort = random.nextInt(5) == 0 ? SearchSort.NEWEST : SearchSort.RELEVANCE;
        return new SearchQuery(text, SearchType.CONTENT, null, null, null, null, null, null, kinds, sort,
                page(random), SearchQuery.DEFAULT_PAGE_SIZE).validated();
    }

    private static int page(Random random) {
        return random.nextInt(10) == 0 ? 2 : 1;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
