package dev.weft.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.api.Json;
import dev.weft.sandbox.Sandbox;
import dev.weft.sandbox.SandboxConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of bad requests: malformed JSON, wrong types, huge bodies, wrong methods, unknown paths,
 * path tricks, missing or odd headers. The sandbox answers each in its documented error shape, never
 * with a 500, and keeps serving.
 */
class SandboxRobustnessTest {
    private Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxConfig.defaults());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static final List<String> PATHS = List.of("/v1beta1/cks/clusters", "/v1beta1/cks/clusters/x", "/v1beta1/networking/vpcs",
            "/v1/cwobject/access-key", "/v1/cwobject/access-policy", "/v1/cwobject/bucket/settings", "/v1/cwobject/organization/settings",
            "/v1/cwobject/revoke-access-key/access-key", "/v1/cwobject/temporary-credentials/saml",
            "/api/v1/tenants/sandbox/clusters", "/api/v1/tenants/sandbox/clusters/production", "/api/v1/tenants/other/clusters");
    private static final List<String> TRICKS = List.of("/v1beta1/cks/clusters/..%2F..%2Fetc", "/v1beta1//cks/clusters",
            "/v1beta1/cks/clusters/%00", "/v1beta1/cks/clusters/%2e%2e", "/nope", "/v1/cwobject/access-key/%25zz", "/" + "a".repeat(3000));
    private static final List<String> BODIES = List.of("{", "[]", "null", "\"text\"", "{\"name\": 7}", "{\"durationSeconds\": \"x\"}",
            "{\"policy\": {\"statements\": \"all\"}}", "{\"network\": []}", "{\"public\": \"yes\"}", "{\"id\": {}}", "\u0000\u0001",
            "{\"settings\": {\"auditLoggingEnabled\": 3}}", "{\"resources\": {\"cpu\": []}}", "{\"a\":" + "[".repeat(500));
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    @Test
    void neverA500AndAlwaysTheDocumentedShape() throws Exception {
        Random r = new Random(42);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            String path = r.nextInt(5) == 0 ? TRICKS.get(r.nextInt(TRICKS.size())) : PATHS.get(r.nextInt(PATHS.size()));
            String method = METHODS.get(r.nextInt(METHODS.size()));
            String body = r.nextInt(50) == 0 ? "{\"x\": \"" + "y".repeat(1_100_000) + "\"}" : BODIES.get(r.nextInt(BODIES.size()));
            URI uri;
            try {
                uri = URI.create(sandbox.baseUri() + path);
            } catch (IllegalArgumentException notAUri) {
                continue;
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            switch (r.nextInt(4)) {
                case 0 -> b.header("Authorization", "Bearer sandbox-token");
                case 1 -> b.header("Authorization", "Basic abc");
                case 2 -> b.header("Authorization", "Bearer sandbox-token").header("Content-Type", "text/plain; charset=latin1");
                default -> { }
            }
            HttpResponse<String> resp = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            int status = resp.statusCode();
            if (status >= 500) {
                problems.add(method + " " + path + " -> " + status);
                continue;
            }
            if (status >= 400) {
                JsonNode e = Json.MAPPER.readTree(resp.body());
                boolean kupe = path.startsWith("/api/v1/");
                boolean shaped = kupe ? e.path("error").isTextual() : e.path("code").isInt() && e.path("message").isTextual();
                if (!shaped || resp.headers().firstValue("X-Request-Id").isEmpty()) {
                    problems.add(method + " " + path + " -> " + status + " " + resp.body());
                }
            }
        }
        assertThat(problems).isEmpty();
        HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/v1beta1/cks/clusters"))
                .header("Authorization", "Bearer sandbox-token").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).as("still serving").isEqualTo(200);
    }

    @Test
    void theDocumentedStatusesForTheUsualMistakes() throws Exception {
        HttpResponse<String> huge = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/v1/cwobject/access-key"))
                .header("Authorization", "Bearer sandbox-token")
                .POST(HttpRequest.BodyPublishers.ofString("{\"x\":\"" + "y".repeat(2_000_000) + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(huge.statusCode()).isEqualTo(413);
        HttpResponse<String> method = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/v1/cwobject/bucket-info"))
                .header("Authorization", "Bearer sandbox-token").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(method.statusCode()).isEqualTo(405);
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/v2/anything"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }
}
