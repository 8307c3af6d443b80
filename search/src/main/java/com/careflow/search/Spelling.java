package com.careflow.search;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.TermSuggest;
import org.springframework.stereotype.Component;

/**
 * "Did you mean": Elasticsearch's term suggester over the {@code spell} field every index fills from its text
 * fields (same analyzer everywhere, so one request can ask all three). Only Latin words are worth it: Chinese is
 * indexed as single characters, which the suggester leaves alone (shorter than its minimum word length).
 */
@Component
class Spelling {

    static final String FIELD = "spell";
    private static final String NAME = "spelling";

    private final ElasticsearchClient client;
    private final IndexDefinitions definitions;

    Spelling(ElasticsearchClient client, IndexDefinitions definitions) {
        this.client = client;
        this.definitions = definitions;
    }

    /** The text with each misspelt word replaced by the best known one; empty when nothing changes. */
    Optional<String> correct(String text) {
        if (text == null || text.chars().noneMatch(c -> c < 128 && Character.isLetter(c))) {
            return Optional.empty();
        }
        SearchResponse<Void> response = Elastic.call("suggest spellings", () -> client.search(s -> s
                .index(Aliases.all(definitions)).ignoreUnavailable(true).allowNoIndices(true).size(0)
                .suggest(g -> g.text(text).suggesters(NAME, f -> f.term(t -> t.field(FIELD)
                        .suggestMode(SuggestMode.Missing).size(1)))), Void.class));
        List<TermSuggest> words = response.suggest().getOrDefault(NAME, List.of()).stream()
                .filter(suggestion -> suggestion.isTerm()).map(suggestion -> suggestion.term())
                .sorted(Comparator.comparingInt(TermSuggest::offset).reversed()).toList();
        StringBuilder corrected = new StringBuilder(text);
        for (TermSuggest word : words) {
            if (!word.options().isEmpty()) {
                corrected.replace(word.offset(), word.offset() + word.length(), word.options().get(0).text());
            }
        }
        return corrected.toString().equalsIgnoreCase(text) ? Optional.empty() : Optional.of(corrected.toString());
    }
}
