package dev.weft.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Optional;

/** What a handler sees of a request: path parameters, the parsed body, the caller's token and headers. */
record SandboxRequest(String method, String path, Map<String, String> params, JsonNode body, String token,
                      Map<String, String> headers) {

    String param(String name) {
        return params.get(name);
    }

    /** The body as a JSON object; anything else is a 400 naming the problem. */
    ObjectNode object() {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw SandboxError.of(dev.weft.api.GrpcCode.INVALID_ARGUMENT, "a JSON object body is required");
        }
        if (!body.isObject()) {
            throw SandboxError.of(dev.weft.api.GrpcCode.INVALID_ARGUMENT, "the body must be a JSON object");
        }
        return (ObjectNode) body;
    }

    Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }
}
