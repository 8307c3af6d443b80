package com.careflow.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import static java.util.stream.Collectors.toMap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.search.Searchable;
import com.careflow.search.RangeFacet.Range;

/** Catalog services: only active ones are found. */
@Component
class ServiceIndex implements IndexedType<ServiceIndex.ServiceDocument> {

    /** The price bands of the price facet, in CNY; values as the portal sends them back ({@code price=100-200}). */
    static final List<Range> PRICE_BANDS = List.of(
            new Range("0-100", 0d, 100d),
            new Range("100-200", 100d, 200d),
            new Range("200-300", 200d, 300d),
            new Range("300-500", 300d, 500d),
            new Range("500-", 500d, null));

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ServiceDocument(String id, String name, String description, String nameEn, String descriptionEn,
            String category, String city, BigDecimal price, int durationMinutes, List<SuggestInput> suggest)
            implements IndexDocument {
    }

    private final MongoOperations mongo;
    private final List<Facet> facets = List.of(
            new TermsFacet("category", "category", SearchQuery::categories),
            new TermsFacet("city", "city", SearchQuery::cities),
            new RangeFacet("price", "price", PRICE_BANDS,
                    q -> new Range(null, toDouble(q.minPrice()), toDouble(q.maxPrice()))));

    ServiceIndex(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public SearchType type() {
        return SearchType.SERVICES;
    }

    @Override
    public Searchable searchable() {
        return Searchable.SERVICE;
    }

    @Override
    public Class<ServiceDocument> documentClass() {
        return ServiceDocument.class;
    }

    @Override
    public Map<String, ServiceDocument> documents(Collection<String> ids) {
        return mongo.find(query(where("_id").in(ids)), ServiceItem.class).stream().filter(ServiceItem::active)
                .map(ServiceIndex::toDocument).collect(toMap(ServiceDocument::id, Function.identity()));
    }

    @Override
    public long candidates() {
        return mongo.count(query(where("active").is(true)), ServiceItem.class);
    }

    @Override
    public Stream<Optional<ServiceDocument>> all() {
        return mongo.stream(query(where("active").is(true)), ServiceItem.class)
                .map(item -> Optional.of(toDocument(item)));
    }

    @Override
    public List<String> textFields() {
        // both languages with the standard analyzer: Chinese character by character, English word by word, any case.
        // No English stemming: the language analyzers live in Elasticsearch's analysis-common module, which the
        // local runtime's integ-test distribution does not have (an index asking for them would not be created).
        return List.of("name^3", "description", "nameEn^3", "descriptionEn");
    }

    @Override
    public List<Facet> facets() {
        return facets;
    }

    @Override
    public Optional<SortOptions> sort(SearchSort sort) {
        return switch (sort) {
            case PRICE_ASC -> Optional.of(SortOptions.of(s -> s.field(f -> f.field("price").order(SortOrder.Asc))));
            case PRICE_DESC -> Optional.of(SortOptions.of(s -> s.field(f -> f.field("price").order(SortOrder.Desc))));
            default -> Optional.empty();
        };
    }

    @Override
    public String titleField() {
        return "name";
    }

    @Override
    public String snippetField() {
        return "description";
    }

    @Override
    public List<String> englishHighlightFields() {
        return List.of("nameEn", "descriptionEn");
    }

    /** Found by its English texts (and not its Chinese ones): shown in English. */
    @Override
    public SearchHit hit(ServiceDocument d, Highlights highlights) {
        boolean english = d.nameEn() != null
                && (highlights.matched("nameEn") || highlights.matched("descriptionEn"))
                && !highlights.matched(titleField()) && !highlights.matched(snippetField());
        String name = english ? d.nameEn() : d.name();
        return new SearchHit(SearchType.SERVICES, d.id(), name,
                highlights.title(english ? "nameEn" : titleField(), name),
                highlights.snippet(english ? "descriptionEn" : snippetField(),
                        english && d.descriptionEn() != null ? d.descriptionEn() : d.description()),
                d.category(), List.of(), d.city(), d.price(), null, List.of(), List.of(), null, null, null);
    }

    private static ServiceDocument toDocument(ServiceItem item) {
        List<SuggestInput> suggest = new ArrayList<>(SuggestInput.of(item.name()));
        suggest.addAll(SuggestInput.of(item.nameEn()));
        return new ServiceDocument(item.id(), item.name(), item.description(), item.nameEn(), item.descriptionEn(),
                item.category() == null ? null : item.category().name(), item.city(), item.price(),
                item.durationMinutes(), List.copyOf(suggest));
    }

    private static Double toDouble(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
