package dev.weft.api;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorBodiesTest {

    private static ApiException parse(int status, String body, String requestId) {
        return ErrorBodies.toException(status, body.getBytes(StandardCharsets.UTF_8), requestId, "POST /v1beta1/cks/clusters");
    }

    @Test
    void googleRpcStatusWithFieldViolations() {
        ApiException e = parse(400, """
                {"code": 3, "message": "invalid cluster", "details": [
                  {"@type": "type.googleapis.com/google.rpc.BadRequest",
                   "fieldViolations": [{"field": "name", "description": "too long"},
                                       {"field": "version", "description": "not supported"}]}]}
                """, "req-1");
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.grpcCode()).isEqualTo(GrpcCode.INVALID_ARGUMENT);
        assertThat(e.serverMessage()).isEqualTo("invalid cluster");
        assertThat(e.fieldViolations()).containsExactly(
                new FieldViolation("name", "too long"), new FieldViolation("version", "not supported"));
        assertThat(e.requestId()).contains("req-1");
        assertThat(e.userMessage()).contains("name too long").contains("version not supported");
    }

    @Test
    void failedPreconditionKeepsItsCodeOn400() {
        ApiException e = parse(400, "{\"code\": 9, \"message\": \"cluster is not running\"}", null);
        assertThat(e.grpcCode()).isEqualTo(GrpcCode.FAILED_PRECONDITION);
        assertThat(e.userMessage()).contains("cluster is not running");
    }

    @Test
    void kupeErrorShape() {
        ApiException e = parse(409, "{\"error\": \"cluster production already exists\"}", "k-42");
        assertThat(e.serverMessage()).isEqualTo("cluster production already exists");
        assertThat(e.grpcCode()).isEqualTo(GrpcCode.ALREADY_EXISTS);
        assertThat(e.requestId()).contains("k-42");
    }

    @Test
    void htmlProxyPageGivesStatusAndExcerptNotACrash() {
        ApiException e = parse(502, "<html><head><title>502 Bad Gateway</title><style>body{}</style></head>"
                + "<body><h1>Bad Gateway</h1><p>nginx</p></body></html>", null);
        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(e.serverMessage()).contains("502 Bad Gateway").contains("nginx").doesNotContain("<");
        assertThat(e.userMessage()).contains("temporarily unavailable").contains("502");
    }

    @Test
    void emptyAndGarbageBodies() {
        for (String body : List.of("", "not json at all", "{\"code\": \"three\"}", "[1,2]", "{\"details\": 7}", "\u0000\u0001")) {
            ApiException e = parse(500, body, null);
            assertThat(e.httpStatus()).isEqualTo(500);
            assertThat(e.userMessage()).contains("500");
        }
    }

    @Test
    void unauthorizedSaysToFixTheToken() {
        ApiException e = parse(401, "{\"code\": 16, \"message\": \"the token is not valid\"}", null);
        assertThat(e.isUnauthorized()).isTrue();
        assertThat(e.userMessage()).contains("token").contains("profile");
    }

    @Test
    void longExcerptIsCut() {
        ApiException e = parse(503, "x".repeat(10_000), null);
        assertThat(e.serverMessage().length()).isLessThan(200);
    }
}
