package dev.weft.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.FieldViolation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Applies a PATCH body to a stored cluster. With an {@code updateMask} (camelCase or snake_case
 * paths) exactly the named paths change, and a named path missing from the body is cleared; without
 * one, every field present in the body is applied. Whether a change is allowed is for
 * {@code ClusterRules.validateChange}; paths the server owns are refused here.
 */
final class UpdateMask {
    /** Paths a client may name: the mutable ones, plus immutable ones the rules then refuse if changed. */
    private static final Set<String> KNOWN = Set.of("public", "version", "auditPolicy", "oidc", "authnWebhook",
            "authzWebhook", "additionalServerSans", "tailscale", "tailscale.clientId", "kubelet",
            "disableOidcInfoPublication", "network.internalLbCidrNames", "network.serviceNodePortRange",
            "name", "zone", "vpcId", "network.podCidrName", "network.serviceCidrName", "sharedStorageClusterId");
    private static final Set<String> OBJECTS_BY_FIELD = Set.of("network", "tailscale");

    private UpdateMask() {
    }

    static ObjectNode apply(ObjectNode stored, ObjectNode body) {
        ObjectNode result = stored.deepCopy();
        String mask = body.path("updateMask").asText("");
        List<String> paths = mask.isBlank() ? presentPaths(body) : parse(mask, body);
        List<FieldViolation> unknown = new ArrayList<>();
        for (String path : paths) {
            if (!KNOWN.contains(path) && !isSubfieldOfWhole(path)) {
                unknown.add(new FieldViolation(path, "is not a field that can be updated"));
                continue;
            }
            set(result, path, at(body, path));
        }
        if (!unknown.isEmpty()) {
            throw SandboxError.invalid(unknown);
        }
        return result;
    }

    private static boolean isSubfieldOfWhole(String path) {
        return path.startsWith("oidc.") || path.startsWith("authnWebhook.") || path.startsWith("authzWebhook.");
    }

    private static List<String> presentPaths(ObjectNode body) {
        List<String> paths = new ArrayList<>();
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (field.equals("id") || field.equals("updateMask")) {
                continue;
            }
            JsonNode value = body.get(field);
            if (OBJECTS_BY_FIELD.contains(field) && value.isObject()) {
                value.fieldNames().forEachRemaining(sub -> paths.add(field + "." + sub));
            } else {
                paths.add(field);
            }
        }
        return paths;
    }

    private static List<String> parse(String mask, ObjectNode body) {
        List<String> paths = new ArrayList<>();
        for (String raw : mask.split(",")) {
            String path = camel(raw.strip());
            if (path.isEmpty()) {
                continue;
            }
            if (OBJECTS_BY_FIELD.contains(path) && body.path(path).isObject()) {
                body.get(path).fieldNames().forEachRemaining(sub -> paths.add(path + "." + sub));
            } else {
                paths.add(path);
            }
        }
        return paths;
    }

    /** "network.internal_lb_cidr_names" -> "network.internalLbCidrNames". */
    static String camel(String path) {
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : path.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return s.toString();
    }

    private static JsonNode at(JsonNode node, String path) {
        JsonNode n = node;
        for (String part : path.split("\\.")) {
            n = n.path(part);
        }
        return n.isMissingNode() || n.isNull() ? null : n;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode parent = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                if (value == null) {
                    return;
                }
                child = parent.putObject(parts[i]);
            }
            parent = (ObjectNode) child;
        }
        String last = parts[parts.length - 1];
        if (value == null) {
            parent.remove(last);
        } else {
            parent.set(last, value.deepCopy());
        }
    }
}
