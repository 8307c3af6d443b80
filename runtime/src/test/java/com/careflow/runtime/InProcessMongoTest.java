package com.careflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.function.Consumer;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the real MongoDB driver: what the domain's repositories rely on, and that it is still there after a restart. */
class InProcessMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsCountersAndIndexesSurviveARestart() {
        RuntimeProperties properties = TestProperties.bind(dataDir);

        withServer(properties, db -> {
            MongoCollection<Document> orders = db.getCollection("orders");
            orders.insertOne(new Document("_id", "ORD20250101000001")
                    .append("amount", new Decimal128(new BigDecimal("199.90")))
                    .append("status", "PLACED"));
            db.getCollection("customers").createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
            db.getCollection("customers").insertOne(new Document("email", "customer@careflow.local"));
            assertThat(nextOrderNumber(db)).isEqualTo(1);
            assertThat(nextOrderNumber(db)).isEqualTo(2);
        });

        assertThat(properties.dataDir().resolve("mongo").resolve("careflow.mv")).isRegularFile();

        withServer(properties, db -> {
            Document order = db.getCollection("orders").find(Filters.eq("_id", "ORD20250101000001")).first();
            assertThat(order).isNotNull();
            assertThat(order.get("amount", Decimal128.class).bigDecimalValue()).isEqualByComparingTo("199.90");

            assertThat(nextOrderNumber(db)).as("counter continues after restart").isEqualTo(3);

            assertThatThrownBy(() -> db.getCollection("orders")
                    .insertOne(new Document("_id", "ORD20250101000001")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(
                            ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
            assertThatThrownBy(() -> db.getCollection("customers")
                    .insertOne(new Document("email", "customer@careflow.local")))
                    .as("unique index kept across restart")
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(
                            ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        });
    }

    /** The shape of OrderNumbers: findAndModify with upsert and $inc on a per-day counter. */
    private static long nextOrderNumber(MongoDatabase db) {
        Document counter = db.getCollection("counters").findOneAndUpdate(
                Filters.eq("_id", "order-20250101"),
                Updates.inc("value", 1L),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return counter.get("value", Number.class).longValue();
    }

    private static void withServer(RuntimeProperties properties, Consumer<MongoDatabase> use) {
        InProcessMongo mongo = new InProcessMongo(properties);
        mongo.start();
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            use.accept(client.getDatabase("careflow"));
        } finally {
            mongo.stop();
        }
    }
}
