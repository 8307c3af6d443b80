package com.careflow.search;

import java.io.IOException;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;

/**
 * Runs one Elasticsearch call and turns "Elasticsearch is not there" (refused, timed out, 5xx, our index not
 * created yet) into {@link SearchUnavailableException}. Any other 4xx means our request is wrong: a bug, so it
 * propagates as it is.
 */
final class Elastic {

    @FunctionalInterface
    interface Call<T> {
        T run() throws IOException;
    }

    private Elastic() {
    }

    static <T> T call(String what, Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw unavailable(what, e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || isMissingIndex(e)) {
                throw unavailable(what, e);
            }
            throw e;
        }
    }

    static boolean isMissingIndex(ElasticsearchException e) {
        return e.status() == 404 && "index_not_found_exception".equals(e.error().type());
    }

    private static SearchUnavailableException unavailable(String what, Exception cause) {
        return new SearchUnavailableException("Search is unavailable: Elasticsearch could not " + what + " ("
                + describe(cause) + ")", cause);
    }

    /** A failure as one short line, for progress, the outbox and logs: our own message, or the root cause's. */
    static String describe(Throwable failure) {
        if (failure instanceof SearchUnavailableException) {
            return failure.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }
}
