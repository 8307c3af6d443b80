package com.careflow.domain.health;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a device export (CSV with a header line, or a JSON array of objects) into readings of one customer, and
 * reports every bad row by its line. The columns / keys are the reading's: {@code type} (BLOOD_PRESSURE,
 * BLOOD_GLUCOSE, WEIGHT, HEART_RATE), {@code takenAt} (ISO-8601, an instant or a local time in the platform zone),
 * {@code systolic}, {@code diastolic}, {@code pulse}, {@code glucose}, {@code glucoseTiming}, {@code weightKg},
 * {@code heartRate}, {@code source} (default DEVICE) and {@code note}. A file is taken whole or not at all.
 */
public final class DeviceExports {

    /** More rows than a year of readings every few minutes is not a device export. */
    public static final int MAX_ROWS = 20_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The readings of the file, or its problems (then no readings). */
    public record Parsed(List<Reading> readings, List<ImportProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private DeviceExports() {
    }

    /** By the file's name: {@code .json} is JSON, anything else is read as CSV. */
    public static Parsed parse(String fileName, String text, String customerId, Instant now, ZoneId zone) {
        boolean json = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")
                || text.stripLeading().startsWith("[");
        Rows rows = json ? jsonRows(text) : csvRows(text);
        if (!rows.problems.isEmpty()) {
            return new Parsed(List.of(), rows.problems);
        }
        if (rows.rows.isEmpty()) {
            return new Parsed(List.of(), List.of(new ImportProblem(1, "file", "empty")));
        }
        if (rows.rows.size() > MAX_ROWS) {
            return new Parsed(List.of(), List.of(new ImportProblem(1, "file", "tooMany")));
        }
        List<Reading> readings = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (Row row : rows.rows) {
            RowReader reader = new RowReader(row, zone);
            Reading reading = reader.reading(customerId);
            reader.problems.forEach(problems::add);
            if (reader.problems.isEmpty()) {
                ReadingCheck.problems(reading, now)
                        .forEach(p -> problems.add(new ImportProblem(row.line, p.field(), p.code())));
                readings.add(reading);
            }
        }
        return problems.isEmpty() ? new Parsed(readings, List.of()) : new Parsed(List.of(), problems);
    }

    private record Row(int line, Function<String, String> values) {
    }

    private record Rows(List<Row> rows, List<ImportProblem> problems) {
    }

    private static Rows csvRows(String text) {
        String[] lines = text.split("\r?\n", -1);
        List<Row> rows = new ArrayList<>();
        if (lines.length == 0 || lines[0].isBlank()) {
            return new Rows(rows, List.of(new ImportProblem(1, "file", "empty")));
        }
        List<String> header = csvFields(lines[0].replace("\uFEFF", "")).stream().map(String::strip).toList();
        if (!header.contains("type") || !header.contains("takenAt")) {
            return new Rows(rows, List.of(new ImportProblem(1, "file", "header")));
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> fields = csvFields(lines[i]);
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size() && c < fields.size(); c++) {
                values.put(header.get(c), fields.get(c).strip());
            }
            rows.add(new Row(i + 1, values::get));
        }
        return new Rows(rows, List.of());
    }

    /** One CSV line's fields; a field in double quotes may hold commas, and "" is a quote. */
    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            }
            else if (c == '"') {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            }
            else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static Rows jsonRows(String text) {
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = new JsonFactory(JSON).createParser(text)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                return new Rows(rows, List.of(new ImportProblem(1, "file", "format")));
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode object = parser.readValueAsTree();
                rows.add(new Row(line, key -> {
                    JsonNode value = object.get(key);
                    return value == null || value.isNull() ? null : value.asText();
                }));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                int line = parser.currentTokenLocation().getLineNr();
                return new Rows(List.of(), List.of(new ImportProblem(line, "file", "format")));
            }
        }
        catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException p && p.getLocation() != null
                    ? p.getLocation().getLineNr() : 1;
            return new Rows(List.of(), List.of(new ImportProblem(line, "file", "format")));
        }
        return new Rows(rows, List.of());
    }

    /** Turns one row's texts into a reading, noting what cannot be read. */
    private static final class RowReader {
        private final Row row;
        private final ZoneId zone;
        private final List<ImportProblem> problems = new ArrayList<>();

        RowReader(Row row, ZoneId zone) {
            this.row = row;
            this.zone = zone;
        }

        Reading reading(String customerId) {
            ReadingType type = enumValue("type", ReadingType.class, null);
            if (row.values.apply("type") == null || row.values.apply("type").isBlank()) {
                problems.add(new ImportProblem(row.line, "type", "required"));
            }
            Instant takenAt = time();
            ReadingSource source = enumValue("source", ReadingSource.class, ReadingSource.DEVICE);
            GlucoseTiming timing = enumValue("glucoseTiming", GlucoseTiming.class, null);
            String note = text("note");
            return new Reading(null, customerId, type, takenAt, source, note, integer("systolic"),
                    integer("diastolic"), integer("pulse"), decimal("glucose"), timing, decimal("weightKg"),
                    integer("heartRate"), null);
        }

        private String text(String key) {
            String value = row.values.apply(key);
            return value == null || value.isBlank() ? null : value.strip();
        }

        private <E extends Enum<E>> E enumValue(String key, Class<E> type, E otherwise) {
            String value = text(key);
            if (value == null) {
                return otherwise;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(row.line, key, "unknown"));
                return otherwise;
            }
        }

        private Integer integer(String key) {
            BigDecimal value = decimal(key);
            if (value == null) {
                return null;
            }
            try {
                return value.intValueExact();
            }
            catch (ArithmeticException e) {
                problems.add(new ImportProblem(row.line, key, "number"));
                return null;
            }
        }

        private BigDecimal decimal(String key) {
            String value = text(key);
            if (value == null) {
                return null;
            }
            try {
                return new BigDecimal(value);
            }
            catch (NumberFormatException e) {
                problems.add(new ImportProblem(row.line, key, "number"));
                return null;
            }
        }

        private Instant time() {
            String value = text("takenAt");
            if (value == null) {
                return null;
            }
            try {
                return Instant.parse(value);
            }
            catch (DateTimeException notAnInstant) {
                try {
                    return LocalDateTime.parse(value.replace(' ', 'T')).atZone(zone).toInstant();
                }
                catch (DateTimeException e) {
                    problems.add(new ImportProblem(row.line, "takenAt", "time"));
                    return null;
                }
            }
        }
    }
}
