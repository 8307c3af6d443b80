package com.careflow.search;

import java.util.List;

/** What the portal asks of search. */
public interface Search {

    /** Throws IllegalArgumentException for a query outside the limits, SearchUnavailableException when ES is down. */
    SearchResults search(SearchQuery query);

    /** Up to {@code max} (≤ 10) completions of what the user has typed so far, across all types. */
    List<Suggestion> suggest(String prefix, int max);
}
