package com.careflow.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch._types.SortOptions;

import com.careflow.domain.search.Searchable;

/**
 * One searchable type: how its documents are made from MongoDB (always from the current state there) and how it
 * is queried. Implementations are the only place that knows a type's fields.
 */
interface IndexedType<D extends IndexDocument> {

    SearchType type();

    /** The outbox's name for the same type. */
    Searchable searchable();

    Class<D> documentClass();

    /**
     * The documents as the index should hold them now, by id, read in one query; an id without an entry must not be
     * found (inactive, unpublished, gone).
     */
    Map<String, D> documents(Collection<String> ids);

    /** How many MongoDB documents a full build reads. */
    long candidates();

    /** Every candidate a full build reads, each as its document or empty (not to be indexed). Close the stream. */
    Stream<Optional<D>> all();

    /** The text fields full-text queries look at, with boosts ({@code name^3}). */
    List<String> textFields();

    List<Facet> facets();

    /** The sort for {@code sort} when it applies to this type. */
    Optional<SortOptions> sort(SearchSort sort);

    /** The fields highlighted as the hit's title and snippet. */
    String titleField();

    String snippetField();

    /**
     * English versions of the title and snippet fields, highlighted as well, for types with texts in both
     * languages; a hit that matched in English shows its English texts. Empty when the type has none.
     */
    default List<String> englishHighlightFields() {
        return List.of();
    }

    SearchHit hit(D document, Highlights highlights);
}
