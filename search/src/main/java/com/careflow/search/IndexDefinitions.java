package com.careflow.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** The index definitions shipped in {@code search/indices/<type>.json}, read once. */
@Component
class IndexDefinitions {

    private final Map<SearchType, IndexDefinition> definitions = new EnumMap<>(SearchType.class);

    IndexDefinitions(SearchProperties properties) {
        ObjectMapper json = new ObjectMapper();
        for (SearchType type : SearchType.values()) {
            String text = read("/search/indices/" + type.alias() + ".json");
            definitions.put(type, new IndexDefinition(type, properties.alias(type), version(json, text, type), text));
        }
    }

    IndexDefinition of(SearchType type) {
        return definitions.get(type);
    }

    /** The type a physical index (as named in a response) belongs to. */
    Optional<SearchType> typeOf(String index) {
        return definitions.values().stream().filter(d -> d.owns(index)).map(IndexDefinition::type).findFirst();
    }

    private static int version(ObjectMapper json, String text, SearchType type) {
        try {
            JsonNode version = json.readTree(text).path("mappings").path("_meta").path("version");
            if (!version.canConvertToInt() || version.asInt() < 1) {
                throw new IllegalStateException("search/indices/" + type.alias()
                        + ".json needs mappings._meta.version (a positive integer)");
            }
            return version.asInt();
        } catch (IOException e) {
            throw new UncheckedIOException("search/indices/" + type.alias() + ".json is not valid JSON", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = IndexDefinitions.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the careflow-search jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
