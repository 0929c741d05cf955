package dev.weft.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A method and a path template such as {@code /v1beta1/cks/clusters/{id}}, and what answers it. */
record Route(String method, String template, Handler handler) {

    @FunctionalInterface
    interface Handler {
        SandboxResponse handle(SandboxRequest request);
    }

    /** The path parameters when {@code segments} fit the template, else empty. */
    Optional<Map<String, String>> match(String[] segments) {
        String[] parts = template.substring(1).split("/");
        if (parts.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].startsWith("{") && parts[i].endsWith("}")) {
                params.put(parts[i].substring(1, parts[i].length() - 1), segments[i]);
            } else if (!parts[i].equals(segments[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }
}
