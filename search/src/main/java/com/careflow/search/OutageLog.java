package com.careflow.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One WARN when index writes start failing and one INFO when they work again: an outage is not a log flood. */
final class OutageLog {

    private static final Logger log = LoggerFactory.getLogger(OutboxIndexer.class);

    private boolean failing;

    /** {@code waiting}: how many changes wait, as far as known. */
    synchronized void failed(String waiting, String cause) {
        if (!failing) {
            failing = true;
            log.warn("search index writes failing, {} changes waiting, retrying: {}", waiting, cause);
        }
    }

    synchronized void succeeded() {
        if (failing) {
            failing = false;
            log.info("search index writes work again");
        }
    }
}
