package com.careflow.portal.analyst.diagram;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The external-task topics a BPMN model names, by element id ({@code operaton:topic}, or {@code camunda:topic}
 * which Operaton reads as well). Deployed XML comes from the engine, which parsed it already; still, no external
 * entities or DTDs are read.
 */
final class ServiceTopics {

    static final String OPERATON = "http://operaton.org/schema/1.0/bpmn";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private ServiceTopics() {
    }

    static Map<String, String> of(String bpmnXml) {
        Map<String, String> topics = new LinkedHashMap<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList elements = factory.newDocumentBuilder().parse(new InputSource(new StringReader(bpmnXml)))
                    .getElementsByTagNameNS("*", "*");
            for (int i = 0; i < elements.getLength(); i++) {
                Element element = (Element) elements.item(i);
                String topic = element.hasAttributeNS(OPERATON, "topic") ? element.getAttributeNS(OPERATON, "topic")
                        : element.getAttributeNS(CAMUNDA, "topic");
                if (!topic.isBlank() && element.hasAttribute("id")) {
                    topics.put(element.getAttribute("id"), topic);
                }
            }
        }
        catch (ParserConfigurationException | SAXException | IOException e) {
            // the engine deployed it, so it parses; if not, the page still shows the diagram without topics
            return Map.of();
        }
        return topics;
    }
}
