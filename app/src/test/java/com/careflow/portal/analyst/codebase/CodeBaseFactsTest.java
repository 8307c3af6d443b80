package com.careflow.portal.analyst.codebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The code-base facts with every deployable on the classpath, as in the one-JVM app: each external-task topic of the
 * shipped models (processes/*.bpmn) is served by a module, and each message they wait for is sent by some code path.
 */
class CodeBaseFactsTest {

    private static final String OPERATON = "http://operaton.org/schema/1.0/bpmn";
    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    @Test
    void everyTopicOfTheModelsIsServedByAModule() throws Exception {
        WorkerTopics topics = new IndexedWorkerTopics();
        Map<String, String> modules = new TreeMap<>();
        List<String> unserved = new ArrayList<>();

        for (String topic : attributes("*", OPERATON, "topic")) {
            topics.moduleServing(topic).ifPresentOrElse(module -> modules.put(topic, module),
                    () -> unserved.add(topic));
        }

        assertThat(unserved).as("topics without a @TopicWorker").isEmpty();
        assertThat(modules).containsEntry("payment.charge", "workers/payment")
                .containsEntry("order.confirm", "portal").containsEntry("certify.grant", "workers/certify")
                .containsEntry("ai.rank-providers", "workers/ai");
        assertThat(modules.values()).doesNotContain("bench"); // the benchmark's no-op workers are not the product
    }

    @Test
    void everyMessageTheModelsWaitForIsSent() throws Exception {
        MessageSenders senders = new IndexedMessageSenders();

        List<String> messages = attributes("message", BPMN, null);

        assertThat(messages).isNotEmpty();
        assertThat(messages).allSatisfy(message -> assertThat(senders.isSent(message))
                .as("some code sends '%s'", message).isTrue());
    }

    /** The attribute {@code namespace:name} of every element, or the {@code name} of every {@code localName}. */
    private static List<String> attributes(String localName, String namespace, String attribute) throws Exception {
        List<String> values = new ArrayList<>();
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn");
        assertThat(models).isNotEmpty();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Resource model : models) {
            try (InputStream in = model.getInputStream()) {
                NodeList elements = factory.newDocumentBuilder().parse(in)
                        .getElementsByTagNameNS(attribute == null ? namespace : "*", localName);
                for (int i = 0; i < elements.getLength(); i++) {
                    Element element = (Element) elements.item(i);
                    String value = attribute == null ? element.getAttribute("name")
                            : element.getAttributeNS(namespace, attribute);
                    if (!value.isEmpty()) {
                        values.add(value);
                    }
                }
            }
            catch (IOException e) {
                throw new IOException("Cannot read " + model, e);
            }
        }
        return values;
    }
}
