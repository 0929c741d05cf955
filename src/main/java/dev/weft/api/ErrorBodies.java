package dev.weft.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an error answer into an {@link ApiException}. It understands google.rpc.Status (CoreWeave),
 * {@code {"error": "..."}} (Kupe), and anything else, such as a proxy's HTML page, by status and a
 * short excerpt. It never throws while reading.
 */
public final class ErrorBodies {
    private static final int EXCERPT = 160;

    private ErrorBodies() {
    }

    public static ApiException toException(int status, byte[] body, String requestId, String operation) {
        JsonNode json = parse(body);
        GrpcCode code = GrpcCode.forHttpStatus(status);
        String message;
        List<FieldViolation> violations = new ArrayList<>();
        if (json != null && json.isObject() && (json.has("code") || json.has("message") || json.has("details"))) {
            if (json.path("code").canConvertToInt()) {
                code = GrpcCode.of(json.path("code").asInt());
            }
            message = json.path("message").asText("");
            for (JsonNode detail : json.path("details")) {
                readDetail(detail, violations);
                if (requestId == null && detail.path("requestId").isTextual()) {
                    requestId = detail.path("requestId").asText();
                }
            }
        } else if (json != null && json.isObject() && json.has("error")) {
            JsonNode error = json.get("error");
            message = error.isTextual() ? error.asText() : error.path("message").asText(error.toString());
        } else {
            message = excerpt(body);
        }
        return new ApiException(ApiException.Kind.HTTP_ERROR, status, code, message, violations, requestId, operation, null);
    }

    private static void readDetail(JsonNode detail, List<FieldViolation> into) {
        for (JsonNode v : detail.path("fieldViolations")) {
            into.add(new FieldViolation(v.path("field").asText(""), v.path("description").asText("")));
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (Exception notJson) {
            return null;
        }
    }

    /** The start of a non-JSON body as plain text: tags dropped, white space folded. */
    static String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8)
                .replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text;
    }
}
