package com.careflow.portal.task;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;
import com.careflow.portal.operations.ElementNames;

/**
 * Words of the inbox in the page language: task names by element id ({@code task.name.<elementId>}, falling back
 * to the id), process names as operations names them ({@link ElementNames}); people by name from the directory
 * (the engine only knows their ids); times in the platform zone.
 */
@Component
class TaskTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final ElementNames elementNames;
    private final People people;
    private final Clock clock;

    TaskTexts(MessageSource messages, ElementNames elementNames, People people, Clock clock) {
        this.messages = messages;
        this.elementNames = elementNames;
        this.people = people;
        this.clock = clock;
    }

    String taskName(String elementId, Locale locale) {
        return messages.getMessage("task.name." + elementId, null, elementId, locale);
    }

    String processName(String processId, Locale locale) {
        return elementNames.process(processId, locale);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(clock.getZone()));
    }

    /** Names of the given user ids; an id nobody signed in with stays the id. */
    Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        people.findByIdIn(ids.stream().filter(Objects::nonNull).distinct().toList())
                .forEach(person -> names.put(person.id(), person.displayName()));
        ids.stream().filter(Objects::nonNull).forEach(id -> names.putIfAbsent(id, id));
        return names;
    }

    String name(String id) {
        return id == null ? null : people.findById(id).map(Person::displayName).orElse(id);
    }
}
