package com.careflow.portal.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.careflow.search.Search;
import com.careflow.search.SearchQuery;
import com.careflow.search.SearchResults;
import com.careflow.search.Suggestion;

/**
 * Search for the web slices: records every query and suggestion request, answers what the test prepared (by default
 * nothing found), or fails as Elasticsearch would when it is down. Real Elasticsearch behaviour is tested in the
 * search module and by the Cucumber features.
 */
public class RecordingSearch implements Search {

    /** What a test asked for: the query's text (for suggestions the prefix) and the max. */
    public record SuggestCall(String prefix, int max) {
    }

    private final List<SearchQuery> queries = new ArrayList<>();
    private final List<SuggestCall> suggestCalls = new ArrayList<>();
    private Function<SearchQuery, SearchResults> answer = RecordingSearch::nothing;
    private List<Suggestion> suggestions = List.of();
    private RuntimeException failure;

    @Override
    public synchronized SearchResults search(SearchQuery query) {
        queries.add(query);
        if (failure != null) {
            throw failure;
        }
        return answer.apply(query);
    }

    @Override
    public synchronized List<Suggestion> suggest(String prefix, int max) {
        suggestCalls.add(new SuggestCall(prefix, max));
        if (failure != null) {
            throw failure;
        }
        return suggestions.stream().limit(max).toList();
    }

    public synchronized void answer(Function<SearchQuery, SearchResults> answer) {
        this.answer = answer;
    }

    public synchronized void suggestions(List<Suggestion> suggestions) {
        this.suggestions = List.copyOf(suggestions);
    }

    public synchronized void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public synchronized List<SearchQuery> queries() {
        return List.copyOf(queries);
    }

    public synchronized List<SuggestCall> suggestCalls() {
        return List.copyOf(suggestCalls);
    }

    public synchronized void reset() {
        queries.clear();
        suggestCalls.clear();
        answer = RecordingSearch::nothing;
        suggestions = List.of();
        failure = null;
    }

    static SearchResults nothing(SearchQuery query) {
        return new SearchResults(query, 0, List.of(), Map.of(), Map.of(), null);
    }
}
