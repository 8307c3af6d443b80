package com.careflow.ai.health;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for an OpenAI-compatible endpoint (the JDK's HTTP server): records every request it receives
 * and answers with the status, message content and delay the test sets.
 */
final class FakeChatEndpoint implements AutoCloseable {

    record Received(String path, String authorization, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String content = "{}";
    private volatile Duration delay = Duration.ZERO;

    FakeChatEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = completion(content).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(status, answer.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            } catch (IOException clientGone) {
                // the client timed out and closed the connection
            }
        });
        // one thread per request: a stuck answer must not hold up the next test's request
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** Base URL as configured ({@code careflow.ai.interpretation.llm.url}). */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeChatEndpoint answering(String messageContent) {
        this.content = messageContent;
        return this;
    }

    FakeChatEndpoint status(int code) {
        this.status = code;
        return this;
    }

    FakeChatEndpoint delay(Duration wait) {
        this.delay = wait;
        return this;
    }

    List<Received> received() {
        return received;
    }

    static String answer(String summary, List<String> findings, List<String> suggestions, double confidence) {
        try {
            return JSON.writeValueAsString(Map.of("summary", summary, "findings", findings, "suggestions",
                    suggestions, "confidence", confidence));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String completion(String content) {
        try {
            return JSON.writeValueAsString(Map.of("id", "chatcmpl-test", "object", "chat.completion",
                    "choices", List.of(Map.of("index", 0, "finish_reason", "stop",
                            "message", Map.of("role", "assistant", "content", content)))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
