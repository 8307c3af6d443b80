package com.careflow.portal.analyst.lint;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What CareFlow's rules need from a BPMN document, read with the JDK's XML parser (only the engine module knows
 * Operaton's model API): its flow nodes, the topics, the messages waited for and the user tasks' candidate groups.
 * Tolerant of any tool's BPMN: what it does not find is simply absent; XML that does not parse gives no facts (the
 * bpmnlint part reports it).
 */
record BpmnFacts(List<FlowNode> flowNodes, List<Topic> topics, List<WaitedMessage> waitedMessages,
        List<UserTask> userTasks) {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String OPERATON = "http://operaton.org/schema/1.0/bpmn";

    /** Where an instance can be: tasks, events, gateways, sub-processes, call activities. */
    private static final Set<String> CONTAINERS = Set.of("subProcess", "adHocSubProcess", "transaction",
            "callActivity");

    record FlowNode(String processId, String id, String type) {
    }

    record Topic(String elementId, String topic) {
    }

    /** {@code messageName} null: the event refers to no message or to one without a name. */
    record WaitedMessage(String elementId, String messageName) {
    }

    /** {@code candidateGroups} empty: the task names no group. */
    record UserTask(String elementId, List<String> candidateGroups) {
    }

    static BpmnFacts of(String xml) {
        Optional<Document> parsed = parse(xml);
        if (parsed.isEmpty()) {
            return new BpmnFacts(List.of(), List.of(), List.of(), List.of());
        }
        Document document = parsed.get();
        Map<String, String> messageNames = new HashMap<>();
        for (Element message : elements(document, "message")) {
            String name = message.getAttribute("name");
            messageNames.put(message.getAttribute("id"), name.isBlank() ? null : name);
        }
        List<FlowNode> flowNodes = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        List<WaitedMessage> waited = new ArrayList<>();
        List<UserTask> userTasks = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS(BPMN, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String type = element.getLocalName();
            String id = element.getAttribute("id");
            String topic = element.getAttributeNS(OPERATON, "topic");
            if (!topic.isBlank()) {
                topics.add(new Topic(owner(element), topic));
            }
            if (isFlowNode(type) && !id.isBlank()) {
                flowNodes.add(new FlowNode(processOf(element), id, type));
            }
            if (type.equals("messageEventDefinition") && waits(element.getParentNode())) {
                waited.add(new WaitedMessage(owner(element), messageNames.get(localRef(element.getAttribute(
                        "messageRef")))));
            }
            if (type.equals("receiveTask")) {
                waited.add(new WaitedMessage(id, messageNames.get(localRef(element.getAttribute("messageRef")))));
            }
            if (type.equals("userTask")) {
                userTasks.add(new UserTask(id, groups(element.getAttributeNS(OPERATON, "candidateGroups"))));
            }
        }
        return new BpmnFacts(flowNodes, topics, waited, userTasks);
    }

    private static boolean isFlowNode(String type) {
        return type.equals("task") || type.endsWith("Task") || type.endsWith("Event") || type.endsWith("Gateway")
                || CONTAINERS.contains(type);
    }

    /** Catching events wait for their message; throwing ones (send) do not. */
    private static boolean waits(Node event) {
        String type = event.getLocalName();
        return "startEvent".equals(type) || "intermediateCatchEvent".equals(type) || "boundaryEvent".equals(type);
    }

    /** The element a definition belongs to: a message end event's topic is the end event's. */
    private static String owner(Element element) {
        String id = element.getAttribute("id");
        boolean definition = element.getLocalName().endsWith("EventDefinition");
        if (definition && element.getParentNode() instanceof Element parent) {
            return parent.getAttribute("id");
        }
        return id;
    }

    private static String processOf(Element element) {
        for (Node node = element.getParentNode(); node instanceof Element parent; node = parent.getParentNode()) {
            if ("process".equals(parent.getLocalName()) && BPMN.equals(parent.getNamespaceURI())) {
                return parent.getAttribute("id");
            }
        }
        return null;
    }

    /** Other tools write QName references ("tns:Message_1"). */
    private static String localRef(String reference) {
        int colon = reference.indexOf(':');
        return colon < 0 ? reference : reference.substring(colon + 1);
    }

    private static List<String> groups(String attribute) {
        return java.util.Arrays.stream(attribute.split(",")).map(String::trim).filter(group -> !group.isEmpty())
                .toList();
    }

    private static List<Element> elements(Document document, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(BPMN, localName);
        List<Element> elements = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Optional<Document> parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // a diagram is untrusted input: no DTDs, no external entities
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on errors, prints nothing
            return Optional.of(builder.parse(new InputSource(new StringReader(xml))));
        }
        catch (SAXException | IOException e) {
            return Optional.empty();
        }
        catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
