package com.careflow.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import static java.util.stream.Collectors.toMap;

import java.time.Clock;
import java.time.Instant;
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
import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.search.Searchable;
import com.careflow.search.RangeFacet.Range;

/**
 * Providers customers can book: active, with at least one certificate valid now. Only the valid certificates'
 * categories and levels are indexed, so an expired one stops finding the provider once its change is indexed.
 */
@Component
class ProviderIndex implements IndexedType<ProviderIndex.ProviderDocument> {

    /** Minimum ratings of the rating facet, best first. */
    static final List<Range> MIN_RATINGS = List.of(
            new Range("4.5", 4.5, null),
            new Range("4", 4d, null),
            new Range("3", 3d, null));

    /**
     * @param specialtyNames the specialties' catalog names, so text finds a provider by what they are good at
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ProviderDocument(String id, String name, String city, String district, List<String> categories,
            List<String> levels, List<String> languages, double rating, List<String> specialties,
            List<String> specialtyNames, List<SuggestInput> suggest) implements IndexDocument {
    }

    private final MongoOperations mongo;
    private final Clock clock;
    private final List<Facet> facets = List.of(
            new TermsFacet("category", "categories", SearchQuery::categories),
            new TermsFacet("city", "city", SearchQuery::cities),
            new RangeFacet("rating", "rating", MIN_RATINGS, q -> new Range(null, q.minRating(), null)),
            new TermsFacet("level", "levels", SearchQuery::levels));

    ProviderIndex(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public SearchType type() {
        return SearchType.PROVIDERS;
    }

    @Override
    public Searchable searchable() {
        return Searchable.PROVIDER;
    }

    @Override
    public Class<ProviderDocument> documentClass() {
        return ProviderDocument.class;
    }

    @Override
    public Map<String, ProviderDocument> documents(Collection<String> ids) {
        Instant now = clock.instant();
        return mongo.find(query(where("_id").in(ids)), Provider.class).stream().map(p -> toDocument(p, now))
                .flatMap(Optional::stream).collect(toMap(ProviderDocument::id, Function.identity()));
    }

    @Override
    public long candidates() {
        return mongo.count(query(where("active").is(true)), Provider.class);
    }

    @Override
    public Stream<Optional<ProviderDocument>> all() {
        Instant now = clock.instant();
        return mongo.stream(query(where("active").is(true)), Provider.class).map(p -> toDocument(p, now));
    }

    @Override
    public List<String> textFields() {
        return List.of("name^3", "city.text", "district.text", "specialtyNames");
    }

    @Override
    public List<Facet> facets() {
        return facets;
    }

    @Override
    public Optional<SortOptions> sort(SearchSort sort) {
        return sort == SearchSort.RATING_DESC
                ? Optional.of(SortOptions.of(s -> s.field(f -> f.field("rating").order(SortOrder.Desc))))
                : Optional.empty();
    }

    @Override
    public String titleField() {
        return "name";
    }

    @Override
    public String snippetField() {
        return "specialtyNames";
    }

    @Override
    public SearchHit hit(ProviderDocument d, Highlights highlights) {
        String specialties = d.specialtyNames() == null ? "" : String.join("、", d.specialtyNames());
        return new SearchHit(SearchType.PROVIDERS, d.id(), d.name(), highlights.title(titleField(), d.name()),
                highlights.snippet(snippetField(), specialties), null, d.categories(), d.city(), null,
                d.rating(), d.levels(), d.languages(), null, null, null);
    }

    private Optional<ProviderDocument> toDocument(Provider provider, Instant now) {
        List<Certification> certifications = provider.getCertifications();
        List<Certification> valid = certifications == null ? List.of()
                : certifications.stream().filter(c -> c.isValidAt(now)).toList();
        if (!provider.isActive() || valid.isEmpty()) {
            return Optional.empty();
        }
        List<String> specialties = provider.getSpecialties() == null ? List.of()
                : provider.getSpecialties().stream().sorted().toList();
        List<String> specialtyNames = specialties.isEmpty() ? List.of()
                : mongo.find(query(where("_id").in(specialties)), ServiceItem.class).stream()
                        .map(ServiceItem::name).sorted().toList();
        return Optional.of(new ProviderDocument(provider.getId(), provider.getName(), provider.getCity(),
                provider.getDistrict(),
                valid.stream().map(c -> c.category().name()).distinct().sorted().toList(),
                valid.stream().map(c -> c.level().name()).distinct().sorted().toList(),
                provider.getLanguages(), provider.getRating(), specialties, specialtyNames,
                SuggestInput.of(provider.getName())));
    }
}
