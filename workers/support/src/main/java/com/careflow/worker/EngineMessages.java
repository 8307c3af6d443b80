package com.careflow.worker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Messages a worker sends to process instances, over the engine's REST API ({@code POST /message}), for workers that
 * run apart from the engine. The engine correlates at once or not at all: {@link #correlateIfWaiting} answers
 * whether an instance took it.
 */
public class EngineMessages {

    private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private final EngineClientProperties properties;
    private final ServiceAccountTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public EngineMessages(EngineClientProperties properties, ServiceAccountTokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    /**
     * Correlates {@code message} to the instance whose variable {@code key} equals {@code value}, if one waits for it
     * now; true when one did. Nobody waiting is no error: the call asks for every waiting instance ({@code all}),
     * which the engine answers with an empty result instead of a failed correlation.
     */
    public boolean correlateIfWaiting(String message, String key, String value, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("messageName", message);
        body.put("correlationKeys", Map.of(key, Map.of("value", value, "type", "String")));
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, v) -> typed.put(name, typed(TaskVariables.engineValue(v))));
        body.put("processVariables", typed);
        body.put("all", true);
        body.put("resultEnabled", true);
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(properties.baseUrl() + "/message"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("Authorization", tokens.authorization())
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return json.readTree(response.body()).size() > 0;
            }
            throw new EngineCallException("The engine refused message " + message + ": HTTP "
                    + response.statusCode() + " " + response.body());
        } catch (IOException e) {
            throw new EngineCallException("Cannot reach the engine at " + properties.baseUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineCallException("Interrupted while sending message " + message, e);
        }
    }

    /** A variable in the REST API's form; a date needs its type and the API's date format, or it lands as a number. */
    static Map<String, Object> typed(Object value) {
        Map<String, Object> typed = new LinkedHashMap<>();
        if (value instanceof Date date) {
            typed.put("value", REST_DATE.format(date.toInstant()));
            typed.put("type", "Date");
        } else {
            typed.put("value", value);
        }
        return typed;
    }
}
