package com.careflow.portal.search;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.search.Search;
import com.careflow.search.SearchResults;
import com.careflow.search.SearchUnavailableException;

/**
 * The public search page, for everyone including visitors who are not signed in. A bad query string is answered
 * with the form and its field errors (400) and no search; when Elasticsearch is down the page still renders, with
 * a message and 503, so the visitor can use the catalog meanwhile.
 */
@Controller
class SearchController {

    private static final Logger log = LoggerFactory.getLogger(SearchController.class);

    static final String FORM = "searchForm";

    private final Search search;
    private final MessageSource messages;

    SearchController(Search search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    @GetMapping("/search")
    ModelAndView search(@Valid @ModelAttribute(FORM) SearchForm form, BindingResult result, Locale locale) {
        ModelAndView page = new ModelAndView("search/results");
        SearchLinks links = SearchLinks.of(form);
        page.addObject("links", links);
        page.addObject("categories", ServiceCategory.values());
        Optional<SearchResults> results;
        try {
            results = form.search(search, result);
        }
        catch (SearchUnavailableException e) {
            log.warn("Search is unavailable: {}", e.getMessage());
            page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("unavailable", true);
            return page;
        }
        if (results.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        page.addObject("results", SearchPage.of(results.get(), form, links, messages, locale));
        return page;
    }
}
