package com.careflow.portal.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.careflow.portal.security.PortalUser;
import com.careflow.search.ReindexProgress;
import com.careflow.search.Reindexing;
import com.careflow.search.SearchUnavailableException;

/**
 * Operations (admin): the search indices as they stand, the changes still waiting to be indexed, and the full
 * reindex with its progress (kept current by static/js/search-reindex.js from /api/operations/search/reindex).
 */
@Controller
class SearchOperationsController {

    private static final Logger log = LoggerFactory.getLogger(SearchOperationsController.class);

    static final String NOTICE = "notice";

    private final Reindexing reindexing;

    SearchOperationsController(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    /** Without Elasticsearch the page still shows the waiting changes (they are in MongoDB), with a 503. */
    @GetMapping("/operations/search")
    ModelAndView search() {
        ModelAndView page = new ModelAndView("operations/search");
        page.addObject("progress", ReindexView.of(reindexing.progress(), reindexing.pendingChanges()));
        try {
            page.addObject("indices", reindexing.indices());
        }
        catch (SearchUnavailableException e) {
            log.warn("Search indices cannot be listed: {}", e.getMessage());
            page.addObject("unavailable", true);
            page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        }
        return page;
    }

    @PostMapping("/operations/search/reindex")
    String reindex(@AuthenticationPrincipal OidcUser user, RedirectAttributes redirect) {
        String notice;
        try {
            if (reindexing.progress().state() == ReindexProgress.State.RUNNING) {
                notice = "search.reindex.alreadyRunning";
            }
            else {
                PortalUser admin = PortalUser.of(user);
                log.info("Full search reindex requested by {}", admin.id());
                reindexing.start(admin.id());
                notice = "search.reindex.started";
            }
        }
        catch (RuntimeException e) {
            log.warn("Could not start the search reindex", e);
            notice = "search.reindex.unavailable";
        }
        redirect.addFlashAttribute(NOTICE, notice);
        return "redirect:/operations/search";
    }
}
