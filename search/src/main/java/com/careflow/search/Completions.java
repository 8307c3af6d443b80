package com.careflow.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.stereotype.Component;

/**
 * Autocomplete: the completion suggester on the {@code suggest} field of all three indices in one request. The
 * shown text is the document's whole name or title, not the input that matched (which may be a suffix).
 */
@Component
class Completions {

    static final int MAX_SUGGESTIONS = 10;
    private static final String NAME = "complete";

    /** The display name of any type: services and providers have a name, content a title. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Label(String name, String title) {

        String text() {
            return name != null ? name : title;
        }
    }

    private final ElasticsearchClient client;
    private final IndexDefinitions definitions;

    Completions(ElasticsearchClient client, IndexDefinitions definitions) {
        this.client = client;
        this.definitions = definitions;
    }

    List<Suggestion> suggest(String prefix, int max) {
        if (prefix == null || prefix.isBlank() || prefix.length() > SearchQuery.MAX_TEXT_LENGTH || max < 1) {
            return List.of();
        }
        int size = Math.min(max, MAX_SUGGESTIONS);
        SearchResponse<Label> response = Elastic.call("suggest completions", () -> client.search(s -> s
                .index(Aliases.all(definitions)).ignoreUnavailable(true).allowNoIndices(true).size(0)
                .source(src -> src.filter(f -> f.includes("name", "title")))
                .suggest(g -> g.suggesters(NAME, f -> f.prefix(prefix.strip())
                        .completion(c -> c.field("suggest").skipDuplicates(true).size(size)))), Label.class));
        List<Suggestion> suggestions = new ArrayList<>();
        for (var suggestion : response.suggest().getOrDefault(NAME, List.of())) {
            for (CompletionSuggestOption<Label> option : suggestion.completion().options()) {
                definitions.typeOf(option.index()).ifPresent(type -> suggestions.add(
                        new Suggestion(type, option.id(), option.source().text())));
            }
        }
        return suggestions.size() > size ? suggestions.subList(0, size) : suggestions;
    }
}
