package dev.weft.sandbox;

import java.util.Map;

/** A handler's answer: status, a body written as JSON (null for none), and extra headers. */
record SandboxResponse(int status, Object body, Map<String, String> headers) {

    static SandboxResponse ok(Object body) {
        return new SandboxResponse(200, body, Map.of());
    }

    static SandboxResponse status(int status, Object body) {
        return new SandboxResponse(status, body, Map.of());
    }

    SandboxResponse withHeader(String name, String value) {
        var copy = new java.util.LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SandboxResponse(status, body, copy);
    }
}
