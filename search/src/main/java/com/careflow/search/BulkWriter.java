package com.careflow.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import org.springframework.stereotype.Component;

/**
 * Writes whole documents (or their removal) in one bulk request. Whole-document writes are idempotent, so a
 * change written twice (a retry, two JVMs draining the outbox) does no harm.
 */
@Component
class BulkWriter {

    /** Put {@code document} into {@code index} as {@code id}, or remove {@code id} when the document is null. */
    record Change(String index, String id, IndexDocument document) {
    }

    private final ElasticsearchClient client;

    BulkWriter(ElasticsearchClient client) {
        this.client = client;
    }

    /**
     * Answers, per change in order, null when it is in the index, else why not. A request that fails as a whole
     * throws (SearchUnavailableException when Elasticsearch is unreachable).
     */
    List<String> write(List<Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        List<BulkOperation> operations = changes.stream().map(BulkWriter::operation).toList();
        BulkResponse response = Elastic.call("write " + changes.size() + " documents",
                () -> client.bulk(b -> b.operations(operations)));
        List<String> errors = new ArrayList<>(changes.size());
        for (BulkResponseItem item : response.items()) {
            errors.add(error(item));
        }
        return errors;
    }

    private static BulkOperation operation(Change change) {
        if (change.document() == null) {
            return BulkOperation.of(o -> o.delete(d -> d.index(change.index()).id(change.id())));
        }
        return BulkOperation.of(o -> o.index(i -> i.index(change.index()).id(change.id()).document(change.document())));
    }

    /** Removing what is not there is what we wanted. */
    private static String error(BulkResponseItem item) {
        if (item.error() == null || item.operationType() == OperationType.Delete && item.status() == 404) {
            return null;
        }
        return item.status() + " " + item.error().type() + ": " + item.error().reason();
    }
}
