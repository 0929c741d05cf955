package dev.weft.api.kupe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.Json;
import dev.weft.api.MergePatch;

import java.time.Instant;
import java.util.List;

/** A Kupe Cloud managed cluster (seed 003): its spec, and the status the platform reports. */
public record KupeCluster(String name, String displayName, String type, String version, Resources resources,
                          JsonNode alerts, Long generation, String resourceVersion, Instant createdAt, Status status) {

    /** Kubernetes quantities: "4", "500m", "16Gi". */
    public record Resources(String cpu, String memory, String storage) {
    }

    public record Status(String phase, Long observedGeneration, String kubernetesVersion, String endpoint,
                         List<Condition> conditions) {
    }

    public record Condition(String type, String status, String reason, String message, Instant lastTransitionTime) {
    }

    public record Items(List<KupeCluster> items) {
        public Items {
            items = items == null ? List.of() : items;
        }
    }

    /** The create body: only the fields a user sets. */
    public record Spec(String name, String displayName, String type, String version, Resources resources, JsonNode alerts) {
    }

    /**
     * A PATCH body, as a JSON merge patch of the mutable fields: what changed, and null for what was taken
     * out (a resource emptied, an alert removed), which the server would otherwise keep.
     */
    public record Patch(@JsonValue ObjectNode body) {
        /** Sets what is given and removes nothing. */
        public Patch(String version, Resources resources, JsonNode alerts) {
            this((ObjectNode) Json.MAPPER.valueToTree(new Spec(null, null, null, version, resources, alerts)));
        }

        /** What turns {@code current} into the given version, resources and alerts; what is the same is left out. */
        public static Patch between(KupeCluster current, String version, Resources resources, JsonNode alerts) {
            ObjectNode body = Json.MAPPER.createObjectNode();
            MergePatch.between(tree(current.version()), tree(version)).ifPresent(d -> body.set("version", d));
            MergePatch.between(tree(orNull(current.resources())), tree(orNull(resources))).ifPresent(d -> body.set("resources", d));
            MergePatch.between(current.alerts(), alerts).ifPresent(d -> body.set("alerts", d));
            return new Patch(body);
        }

        /** Resources that set nothing are no resources: an empty object is not worth a change. */
        private static Resources orNull(Resources r) {
            return r == null || r.cpu() == null && r.memory() == null && r.storage() == null ? null : r;
        }

        private static JsonNode tree(Object value) {
            return Json.MAPPER.valueToTree(value);
        }

        /** Whether it changes the field at {@code path} ("version", "resources.cpu", "alerts"), removing it or not. */
        public boolean changes(String path) {
            JsonNode node = body;
            for (String name : path.split("\\.")) {
                if (node.isNull()) {
                    return true; // the whole of what holds it is removed
                }
                if (!node.has(name)) {
                    return false;
                }
                node = node.get(name);
            }
            return true;
        }

        /** The cluster's fields as sent, for the rules; a field removed reads null. */
        public KupeCluster sent() {
            return Json.MAPPER.convertValue(body, KupeCluster.class);
        }

        @JsonIgnore
        public boolean isEmpty() {
            return body.isEmpty();
        }
    }

    public String phase() {
        return status == null || status.phase() == null ? "Unknown" : status.phase();
    }
}
