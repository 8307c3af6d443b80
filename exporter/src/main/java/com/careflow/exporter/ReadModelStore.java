package com.careflow.exporter;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;

/** The MongoDB side of the exporter: position-guarded upserts, indexes and the exported position per partition. */
final class ReadModelStore implements AutoCloseable {

    static final String EXPORTER_POSITIONS = "exporter_positions";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoClient client;
    private final MongoDatabase database;

    ReadModelStore(ExporterSettings settings) {
        // short timeouts: export runs on the broker's exporter actor, and while MongoDB is away each retry must fail
        // fast (the broker backs off and retries the same record) rather than hold the actor for the 30 s defaults
        MongoClientSettings clientSettings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(settings.uri()))
                .applicationName("careflow-zeebe-exporter")
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS)
                        .readTimeout(5, TimeUnit.SECONDS))
                .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(3, TimeUnit.SECONDS))
                .applyToServerSettings(server -> server.heartbeatFrequency(2, TimeUnit.SECONDS))
                .build();
        this.client = MongoClients.create(clientSettings);
        this.database = client.getDatabase(settings.database());
    }

    /**
     * Applies the write unless the document already holds this record or a later one. The filter only matches a
     * document with an older position; when it exists with a newer one the upsert's insert collides on {@code _id},
     * and that duplicate key is the "already applied" answer.
     */
    void apply(Write write) {
        Document set = new Document(write.fields()).append("position", write.position());
        try {
            database.getCollection(write.collection()).updateOne(
                    and(eq("_id", write.id()), lt("position", write.position())), new Document("$set", set), UPSERT);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** The indexes the portal's and workers' queries use; creating an existing index is a no-op. */
    void ensureIndexes() {
        database.getCollection(RecordMapper.USER_TASKS).createIndexes(List.of(
                new IndexModel(Indexes.ascending("state", "candidateGroups")),
                new IndexModel(Indexes.ascending("assignee")),
                new IndexModel(Indexes.ascending("processInstanceKey"))));
        database.getCollection(RecordMapper.ELEMENT_INSTANCES)
                .createIndex(Indexes.ascending("processInstanceKey"));
        database.getCollection(RecordMapper.INCIDENTS).createIndex(Indexes.ascending("state"));
        database.getCollection(RecordMapper.PROCESS_INSTANCES)
                .createIndex(Indexes.ascending("parentProcessInstanceKey"));
    }

    /** How far this partition is exported, for a status page that shows the lag. */
    void savePosition(int partitionId, long position, Date at) {
        database.getCollection(EXPORTER_POSITIONS).replaceOne(eq("_id", "partition-" + partitionId),
                new Document("_id", "partition-" + partitionId).append("position", position).append("updatedAt", at),
                new ReplaceOptions().upsert(true));
    }

    @Override
    public void close() {
        client.close();
    }
}
