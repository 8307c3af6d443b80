package com.careflow.ai.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careflow.domain.health.interpretation.InterpretationInput;
import com.careflow.domain.health.interpretation.InterpretationResult;
import com.careflow.domain.health.interpretation.Interpreter;
import com.careflow.domain.health.interpretation.InterpreterUnavailableException;
import com.careflow.domain.health.interpretation.SafetyRules;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * An interpreter on an OpenAI-compatible chat completions endpoint ({@code POST <url>/chat/completions}). It sends
 * the system instructions and the {@link InterpretationInput} as JSON, nothing else, and asks for a JSON answer of
 * the result's shape. An answer that is late, fails, does not fit the shape or breaks the {@link SafetyRules} is
 * refused with the reason ({@link InterpreterUnavailableException}), so the caller falls back.
 */
final class ChatCompletionsInterpreter implements Interpreter {

    static final String INSTRUCTIONS = """
            You describe a period of a person's home health readings for them. Answer in the language given by \
            "language" (zh: simplified Chinese, en: English) with one JSON object only: {"summary": string of one \
            or two sentences, "findings": array of short strings, "suggestions": array of short strings, \
            "confidence": number from 0 to 1}. Describe averages, extremes and trends against published reference \
            bands (ACC/AHA 2017 blood pressure, WHO glucose, resting heart rate 60-100). Never name a disease the \
            person has, never diagnose, never mention medication, drugs, doses or amounts to take; you may suggest \
            talking the readings through with a doctor, and calling 120 for readings of 180/120 mmHg or more with \
            symptoms. Do not add a disclaimer; the platform adds its own.""";

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final InterpretationProperties.Llm settings;
    private final HttpClient http;

    ChatCompletionsInterpreter(InterpretationProperties.Llm settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String name() {
        return "llm:" + settings.model();
    }

    @Override
    public InterpretationResult interpret(InterpretationInput input) {
        HttpResponse<String> response = send(request(input));
        if (response.statusCode() / 100 != 2) {
            throw new InterpreterUnavailableException("the LLM endpoint answered HTTP " + response.statusCode());
        }
        InterpretationResult result = parse(response.body());
        SafetyRules.violation(result).ifPresent(rule -> {
            throw new InterpreterUnavailableException("the LLM answer was refused for " + rule);
        });
        return result;
    }

    private HttpRequest request(InterpretationInput input) {
        Map<String, Object> body = Map.of(
                "model", settings.model(),
                "temperature", 0,
                "response_format", Map.of("type", "json_object"),
                "messages", List.of(Map.of("role", "system", "content", INSTRUCTIONS),
                        Map.of("role", "user", "content", json(input))));
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        if (settings.key() != null && !settings.key().isBlank()) {
            request.header("Authorization", "Bearer " + settings.key());
        }
        return request.build();
    }

    private URI endpoint() {
        return URI.create(settings.url().replaceAll("/+$", "") + "/chat/completions");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new InterpreterUnavailableException("the LLM endpoint did not answer within " + settings.timeout(),
                    e);
        } catch (IOException e) {
            throw new InterpreterUnavailableException("the LLM endpoint could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterpreterUnavailableException("interrupted while waiting for the LLM endpoint", e);
        }
    }

    /** The first choice's message content: a JSON object of the result's shape (code fences tolerated). */
    static InterpretationResult parse(String responseBody) {
        try {
            String content = JSON.readTree(responseBody).path("choices").path(0).path("message").path("content")
                    .asText("").strip().replaceAll("^```(json)?\\s*", "").replaceAll("\\s*```$", "");
            JsonNode answer = JSON.readTree(content);
            String summary = answer.path("summary").asText("");
            JsonNode confidence = answer.path("confidence");
            if (summary.isBlank() || !confidence.isNumber() || confidence.asDouble() < 0 || confidence.asDouble() > 1
                    || !answer.path("findings").isArray() || !answer.path("suggestions").isArray()) {
                throw new InterpreterUnavailableException("the LLM answer does not have the expected shape");
            }
            return new InterpretationResult(summary, texts(answer.path("findings")),
                    texts(answer.path("suggestions")), confidence.asDouble());
        } catch (JsonProcessingException e) {
            throw new InterpreterUnavailableException("the LLM answer is not JSON", e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
