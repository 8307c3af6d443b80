package com.careflow.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** Order numbers come from an atomic counter in Mongo, spoken to over the wire protocol. */
class OrderNumbersTest {

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void startMongo() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + hostAndPort(server.bind()));
        mongo = new MongoTemplate(client, "careflow");
    }

    @AfterEach
    void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void numbersCarryTheBusinessDateAndADailySequence() {
        // 23:30 UTC is already the next day in China
        OrderNumbers numbers = new OrderNumbers(mongo, at("2026-11-21T23:30:00Z"));

        assertThat(numbers.next()).isEqualTo("ORD20261122000001");
        assertThat(numbers.next()).isEqualTo("ORD20261122000002");
        assertThat(new OrderNumbers(mongo, at("2026-11-23T02:00:00Z")).next()).isEqualTo("ORD20261123000001");
    }

    @Test
    void concurrentPlacementsNeverShareANumber() {
        OrderNumbers numbers = new OrderNumbers(mongo, at("2026-11-21T02:00:00Z"));
        List<String> issued = IntStream.range(0, 200).parallel().mapToObj(i -> numbers.next()).toList();

        assertThat(issued).hasSize(200).doesNotHaveDuplicates();
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"));
    }

    private static String hostAndPort(java.net.InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }
}
