package com.careflow.worker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Process variables to and from Java types. The engine keeps flat typed values (strings, numbers, booleans, dates;
 * an {@code Instant} becomes a date);
 * a structured value (a list, a map, a record) travels as a JSON string, because the engine here has no JSON data
 * format (ENGINE.md). Reading, such a string is parsed again when the target property is not a string.
 */
public final class TaskVariables {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private TaskVariables() {
    }

    /** The variables as {@code type}: each property from the variable of its name, missing ones null or default. */
    public static <T> T read(Map<String, Object> variables, Class<T> type) {
        JavaType javaType = JSON.constructType(type);
        Map<String, JavaType> properties = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : JSON.getDeserializationConfig().introspect(javaType).findProperties()) {
            properties.put(property.getName(), property.getPrimaryType());
        }
        ObjectNode tree = JSON.createObjectNode();
        variables.forEach((name, value) -> {
            JavaType target = properties.get(name);
            if (target != null && value != null) {
                tree.set(name, node(value, target));
            }
        });
        try {
            return JSON.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("variables do not fit " + type.getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** One variable as {@code type}; null stays null. */
    public static <T> T readOne(Object value, Class<T> type) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.treeToValue(node(value, JSON.constructType(type)), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("variable does not fit " + type.getSimpleName() + ": " + e.getMessage(),
                    e);
        }
    }

    /** What a worker returned, as engine variables: a map or a record's properties, structured values as JSON. */
    public static Map<String, Object> write(Object result) {
        Map<String, Object> variables = new LinkedHashMap<>();
        if (result == null) {
            return variables;
        }
        Map<?, ?> values = result instanceof Map<?, ?> map ? map : JSON.convertValue(result, Map.class);
        Map<?, ?> originals = result instanceof Map<?, ?> map ? map : null;
        values.forEach((name, value) -> variables.put(String.valueOf(name),
                engineValue(originals != null ? originals.get(name) : valueOf(result, String.valueOf(name), value))));
        return variables;
    }

    /** A value the engine stores as it is, or as text. */
    public static Object engineValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof Short || value instanceof Date) {
            return value;
        }
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        // points in time are engine dates, so timers, due dates and JUEL comparisons take them as they are
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof OffsetDateTime time) {
            return Date.from(time.toInstant());
        }
        if (value instanceof ZonedDateTime time) {
            return Date.from(time.toInstant());
        }
        if (value instanceof LocalDate || value instanceof Enum<?> || value instanceof CharSequence) {
            return value.toString();
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store " + value.getClass().getSimpleName() + " as a variable", e);
        }
    }

    /** The record component's own value (an Instant, an enum), not Jackson's converted form. */
    private static Object valueOf(Object record, String name, Object converted) {
        if (record.getClass().isRecord()) {
            for (var component : record.getClass().getRecordComponents()) {
                if (component.getName().equals(name)) {
                    try {
                        component.getAccessor().setAccessible(true);
                        return component.getAccessor().invoke(record);
                    } catch (ReflectiveOperationException e) {
                        return converted;
                    }
                }
            }
        }
        return converted;
    }

    private static JsonNode node(Object value, JavaType target) {
        if (value instanceof Date date) {
            return target.hasRawClass(Date.class) ? JSON.valueToTree(date) : JSON.valueToTree(date.toInstant());
        }
        if (value instanceof String text && !target.hasRawClass(String.class) && looksLikeJson(text)) {
            try {
                return JSON.readTree(text);
            } catch (JsonProcessingException e) {
                return JSON.valueToTree(text);
            }
        }
        return JSON.valueToTree(value);
    }

    private static boolean looksLikeJson(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("[") || trimmed.startsWith("{");
    }
}
