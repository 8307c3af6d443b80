package com.careflow.search;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.search.Searchable;

/** The searchable types by their search and outbox names. */
@Component
class IndexedTypes {

    private final Map<SearchType, IndexedType<?>> bySearchType = new EnumMap<>(SearchType.class);
    private final Map<Searchable, IndexedType<?>> bySearchable = new EnumMap<>(Searchable.class);

    IndexedTypes(List<IndexedType<?>> types) {
        for (IndexedType<?> type : types) {
            bySearchType.put(type.type(), type);
            bySearchable.put(type.searchable(), type);
        }
        if (bySearchType.size() != SearchType.values().length) {
            throw new IllegalStateException("every SearchType needs an IndexedType, found " + bySearchType.keySet());
        }
    }

    IndexedType<?> of(SearchType type) {
        return bySearchType.get(type);
    }

    IndexedType<?> of(Searchable searchable) {
        return bySearchable.get(searchable);
    }

    Collection<IndexedType<?>> all() {
        return bySearchType.values();
    }
}
