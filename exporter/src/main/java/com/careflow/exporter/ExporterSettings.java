package com.careflow.exporter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.regex.Pattern;

/**
 * The exporter's arguments ({@code zeebe.broker.exporters.careflow.args.*}): where MongoDB is and which process
 * variables the platform wants on {@code process_instances}. Every argument has a default, so a bare
 * {@code className} + {@code jarPath} already exports to a local MongoDB.
 */
record ExporterSettings(String uri, String database, Set<String> variables) {

    static final String DEFAULT_URI = "mongodb://127.0.0.1:27017";
    static final String DEFAULT_DATABASE = "careflow";
    static final List<String> DEFAULT_VARIABLES = List.of("orderNumber", "contentId", "applicationId",
            "applicantId", "authorId", "category", "providerId");

    // a variable name becomes the field path variables.<name>: dots or a leading $ would change its meaning
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    ExporterSettings {
        variables = Set.copyOf(variables);
    }

    /** Reads the broker's argument map; a bad value fails the broker's exporter configuration with a clear message. */
    static ExporterSettings from(Map<String, Object> arguments) {
        String uri = text(arguments, "uri", DEFAULT_URI);
        if (!uri.startsWith("mongodb://") && !uri.startsWith("mongodb+srv://")) {
            throw new IllegalArgumentException(
                    "careflow exporter: args.uri must be a MongoDB connection string (mongodb://…), got: " + uri);
        }
        String database = text(arguments, "database", DEFAULT_DATABASE);
        Set<String> variables = new LinkedHashSet<>();
        for (String name : list(arguments.get("variables"))) {
            if (!VARIABLE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "careflow exporter: args.variables holds an invalid variable name: '" + name + "'");
            }
            variables.add(name);
        }
        return new ExporterSettings(uri, database, variables);
    }

    private static String text(Map<String, Object> arguments, String key, String fallback) {
        Object value = arguments.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }

    /** A comma list ("a,b", as environment variables give it) or a YAML list (Spring binds it as an indexed map). */
    private static List<String> list(Object value) {
        if (value == null) {
            return DEFAULT_VARIABLES;
        }
        Collection<?> items = value instanceof Collection<?> collection ? collection
                : value instanceof Map<?, ?> indexed ? indexed.values()
                : List.of(value.toString().split(","));
        List<String> names = new ArrayList<>();
        for (Object item : items) {
            String name = String.valueOf(item).trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}
