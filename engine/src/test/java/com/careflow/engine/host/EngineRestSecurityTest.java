package com.careflow.engine.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * /engine-rest over a real HTTP server: only a valid careflow-realm token with realm role worker (the workers'
 * service account) or admin gets through; anonymous gets 401, another role 403, a foreign signature 401.
 */
@SpringBootTest(classes = HostTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:host-web;DB_CLOSE_DELAY=-1",
        "operaton.bpm.job-execution.enabled=false",
        "operaton.bpm.auto-deployment-enabled=false",
        "spring.autoconfigure.exclude=" + HostTestApplication.ADAPTER,
        "careflow.keycloak.base-url=http://keycloak.test" })
@Import(HostWebTestSupport.class)
class EngineRestSecurityTest {

    private static final String DEFINITIONS = "/engine-rest/process-definition";

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Test
    void anonymousIsAskedForABearerToken() throws Exception {
        HttpResponse<String> response = get(DEFINITIONS, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void tokenWithoutWorkerOrAdminRoleIsForbidden() throws Exception {
        String customer = HostWebTestSupport.token(HostWebTestSupport.KEYS, "u-1", "customer", "analyst");
        assertThat(get(DEFINITIONS, customer).statusCode()).isEqualTo(403);
    }

    @Test
    void workerAndAdminTokensReachTheEngineWithoutASession() throws Exception {
        HttpResponse<String> worker = get(DEFINITIONS,
                HostWebTestSupport.token(HostWebTestSupport.KEYS, "service-account", "worker"));
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.body()).startsWith("[");
        assertThat(worker.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();

        assertThat(get(DEFINITIONS, HostWebTestSupport.token(HostWebTestSupport.KEYS, "u-2", "admin")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() throws Exception {
        String forged = HostWebTestSupport.token(HostWebTestSupport.rsaKeys(), "intruder", "worker");
        assertThat(get(DEFINITIONS, forged).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(String path, String bearer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
