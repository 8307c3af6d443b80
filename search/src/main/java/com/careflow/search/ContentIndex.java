package com.careflow.search;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import static java.util.stream.Collectors.toMap;

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

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentStatus;
import com.careflow.domain.search.Searchable;

/** Community content: only PUBLISHED pieces are found. */
@Component
class ContentIndex implements IndexedType<ContentIndex.ContentDocument> {

    /**
     * @param publishedAt ISO-8601 text: the client's JSON mapper is not guaranteed to know java.time
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ContentDocument(String id, String title, String body, String kind, String authorName,
            String publishedAt, String locale, List<SuggestInput> suggest) implements IndexDocument {
    }

    private final MongoOperations mongo;
    private final List<Facet> facets = List.of(new TermsFacet("kind", "kind", SearchQuery::kinds));

    ContentIndex(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public SearchType type() {
        return SearchType.CONTENT;
    }

    @Override
    public Searchable searchable() {
        return Searchable.CONTENT;
    }

    @Override
    public Class<ContentDocument> documentClass() {
        return ContentDocument.class;
    }

    @Override
    public Map<String, ContentDocument> documents(Collection<String> ids) {
        return mongo.find(query(where("_id").in(ids)), Content.class).stream()
                .filter(c -> c.getStatus() == ContentStatus.PUBLISHED).map(ContentIndex::toDocument)
                .collect(toMap(ContentDocument::id, Function.identity()));
    }

    @Override
    public long candidates() {
        return mongo.count(published(), Content.class);
    }

    @Override
    public Stream<Optional<ContentDocument>> all() {
        return mongo.stream(published(), Content.class).map(c -> Optional.of(toDocument(c)));
    }

    @Override
    public List<String> textFields() {
        return List.of("title^3", "body");
    }

    @Override
    public List<Facet> facets() {
        return facets;
    }

    @Override
    public Optional<SortOptions> sort(SearchSort sort) {
        return sort == SearchSort.NEWEST
                ? Optional.of(SortOptions.of(s -> s.field(f -> f.field("publishedAt").order(SortOrder.Desc))))
                : Optional.empty();
    }

    @Override
    public String titleField() {
        return "title";
    }

    @Override
    public String snippetField() {
        return "body";
    }

    @Override
    public SearchHit hit(ContentDocument d, Highlights highlights) {
        return new SearchHit(SearchType.CONTENT, d.id(), d.title(), highlights.title(titleField(), d.title()),
                highlights.snippet(snippetField(), d.body()), null, List.of(), null, null, null, List.of(), List.of(),
                d.kind(), d.authorName(), d.publishedAt() == null ? null : Instant.parse(d.publishedAt()));
    }

    private static org.springframework.data.mongodb.core.query.Query published() {
        return query(where("status").is(ContentStatus.PUBLISHED));
    }

    private static ContentDocument toDocument(Content content) {
        return new ContentDocument(content.getId(), content.getTitle(), content.getBody(),
                content.getKind() == null ? null : content.getKind().name(), content.getAuthorName(),
                content.getPublishedAt() == null ? null : content.getPublishedAt().toString(), content.getLocale(),
                SuggestInput.of(content.getTitle()));
    }
}
