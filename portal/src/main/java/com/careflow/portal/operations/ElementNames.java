package com.careflow.portal.operations;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Names of BPMN elements and processes in the page language, by id: {@code process.element.<bpmnProcessId>.
 * <elementId>} and {@code process.name.<bpmnProcessId>} (bundle i18n/operations). The engine's records carry ids;
 * a step without a bundle entry shows the model's name if it has one, else its id.
 */
@Component
public class ElementNames {

    private final MessageSource messages;

    ElementNames(MessageSource messages) {
        this.messages = messages;
    }

    public String element(String bpmnProcessId, String elementId, String modelName, Locale locale) {
        String fallback = modelName == null || modelName.isBlank() ? elementId : modelName;
        return messages.getMessage("process.element." + bpmnProcessId + "." + elementId, null, fallback, locale);
    }

    public String process(String bpmnProcessId, Locale locale) {
        return messages.getMessage("process.name." + bpmnProcessId, null, bpmnProcessId, locale);
    }
}
