package com.careflow.portal.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import com.careflow.search.FacetCount;
import com.careflow.search.Search;
import com.careflow.search.SearchResults;
import com.careflow.search.SearchUnavailableException;
import com.careflow.search.Suggestion;

/**
 * Search as JSON, public like the page: the same parameters as /search, and the completions the header's search
 * box offers while the visitor types (static/js/search-suggest.js).
 */
@RestController
class SearchApiController {

    static final String SEARCH = "/api/search";
    static final String SUGGEST = "/api/search/suggest";

    private final Search search;
    private final MessageSource messages;

    SearchApiController(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping(SEARCH)
    ResponseEntity<?> search(@Valid @ModelAttribute SearchForm form, BindingResult result, Locale locale) {
        Optional<SearchResults> found = form.search(search, result);
        if (found.isEmpty()) {
            return SearchProblems.invalid(result, SEARCH, messages, locale);
        }
        SearchResults results = found.get();
        return ResponseEntity.ok(new SearchAnswer(results.query().text(), form.getType(), form.getSort(),
                results.query().page(), results.query().size(), results.total(), results.pages(),
                results.hits().stream().map(HitView::of).toList(), results.facets(), SearchPage.totals(results),
                results.didYouMean()));
    }

    @GetMapping(SUGGEST)
    ResponseEntity<?> suggest(@Valid @ModelAttribute SuggestForm form, BindingResult result, Locale locale) {
        if (result.hasErrors()) {
            return SearchProblems.invalid(result, SUGGEST, messages, locale);
        }
        if (form.getQ().isBlank()) {
            return ResponseEntity.ok(List.of());
        }
        return ResponseEntity.ok(search.suggest(form.getQ(), form.getMax()).stream().map(SuggestionView::of).toList());
    }

    @ExceptionHandler(SearchUnavailableException.class)
    ResponseEntity<?> unavailable(SearchUnavailableException e, jakarta.servlet.http.HttpServletRequest request,
            Locale locale) {
        return SearchProblems.unavailable(request.getRequestURI(), messages, locale);
    }

    /** A page of results; type and sort as the query string spells them. */
    record SearchAnswer(String q, String type, String sort, int page, int size, long total, int pages,
            List<HitView> hits, Map<String, List<FacetCount>> facets, Map<String, Long> totalsByType,
            String didYouMean) {
    }

    /** A completion and the search it starts. */
    record SuggestionView(String type, String id, String text, String url) {

        static SuggestionView of(Suggestion suggestion) {
            String type = suggestion.type().alias();
            return new SuggestionView(type, suggestion.id(), suggestion.text(), SearchLinks.of(form(suggestion.text(), type))
                    .current());
        }

        private static SearchForm form(String text, String type) {
            SearchForm form = new SearchForm();
            form.setQ(text);
            form.setType(type);
            return form;
        }
    }
}
