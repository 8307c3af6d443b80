package com.careflow.portal.analyst.codebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.codebase.CodeBaseIndexer;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The code-base facts as the portal reads them: from the index files its own build and other modules' wrote. */
class IndexedCodeBaseTest {

    @TempDir
    Path dir;

    @Test
    void thePortalsOwnBuildIndexedTheTopicsItServesAndTheMessagesItSends() {
        IndexedWorkerTopics topics = new IndexedWorkerTopics();
        IndexedMessageSenders messages = new IndexedMessageSenders();

        assertThat(topics.moduleServing(ServiceOrderProcess.JOB_CONFIRM_ORDER)).contains("portal");
        assertThat(topics.moduleServing("no.such.topic")).isEmpty();
        assertThat(messages.isSent(ServiceOrderProcess.MESSAGE_PAYMENT_SUBMITTED)).isTrue();
        assertThat(messages.isSent(ContentReviewProcess.MESSAGE_APPEALED)).isTrue();
        assertThat(messages.isSent("nobody-sends-this")).isFalse();
    }

    @Test
    void indexesOfSeveralModulesAreMerged() throws IOException {
        ClassLoader modules = new URLClassLoader(new URL[] {
                module("payment", "payment.charge=workers/payment\nshared.topic=workers/payment\n"),
                module("assign", "slot.reserve=workers/assign\nshared.topic=workers/assign\n") }, null);

        IndexedWorkerTopics topics = new IndexedWorkerTopics(modules);

        assertThat(topics.all()).containsEntry("payment.charge", "workers/payment")
                .containsEntry("slot.reserve", "workers/assign").hasSize(3);
        assertThat(topics.moduleServing("shared.topic").orElseThrow())
                .contains("workers/payment").contains("workers/assign");
    }

    @Test
    void coverageIsReadPerProcessAndElement() {
        String json = """
                {"service-order": {"charge": ["features/service-order.feature: Customer pays"]}}""";

        RecordedScenarioCoverage coverage = new RecordedScenarioCoverage(new ObjectMapper(),
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(coverage.recorded()).isTrue();
        assertThat(coverage.scenariosThrough("service-order", "charge"))
                .containsExactly("features/service-order.feature: Customer pays");
        assertThat(coverage.scenariosThrough("service-order", "refund")).isEmpty();
        assertThat(coverage.scenariosThrough("grab-order", "charge")).isEmpty();
    }

    @Test
    void withoutARecordingCoverageSaysSo() {
        RecordedScenarioCoverage coverage = new RecordedScenarioCoverage(new ObjectMapper(), null);

        assertThat(coverage.recorded()).isFalse();
        assertThat(coverage.scenariosThrough("service-order", "charge")).isEmpty();
    }

    private URL module(String name, String topics) throws IOException {
        Path file = dir.resolve(name).resolve(CodeBaseIndexer.TOPICS);
        Files.createDirectories(file.getParent());
        Files.writeString(file, topics);
        return dir.resolve(name).toUri().toURL();
    }
}
