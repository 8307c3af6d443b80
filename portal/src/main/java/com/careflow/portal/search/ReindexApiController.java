package com.careflow.portal.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.careflow.search.Reindexing;

/** The reindex progress as JSON (admin), polled by the operations page while a reindex runs. */
@RestController
class ReindexApiController {

    private final Reindexing reindexing;

    ReindexApiController(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    @GetMapping("/api/operations/search/reindex")
    ReindexView progress() {
        return ReindexView.of(reindexing.progress(), reindexing.pendingChanges());
    }
}
