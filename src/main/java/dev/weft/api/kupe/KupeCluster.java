package dev.weft.api.kupe;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

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

    /** A PATCH body: only the mutable fields that changed; the rest stay null and are not sent. */
    public record Patch(String version, Resources resources, JsonNode alerts) {
        @JsonIgnore
        public boolean isEmpty() {
            return version == null && resources == null && alerts == null;
        }
    }

    public String phase() {
        return status == null || status.phase() == null ? "Unknown" : status.phase();
    }
}
