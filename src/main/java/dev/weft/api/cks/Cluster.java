package dev.weft.api.cks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.Instant;
import java.util.List;

/** A CKS cluster as the API returns it (seeds 000 and 001); every field may be absent. */
public record Cluster(
        String id,
        String name,
        String zone,
        String vpcId,
        @JsonProperty("public") Boolean isPublic,
        String version,
        ClusterNetwork network,
        Oidc oidc,
        Webhook authzWebhook,
        Webhook authnWebhook,
        String auditPolicy,
        @JsonDeserialize(using = ClusterStatus.Reader.class) String status,
        String apiServerEndpoint,
        Instant createdAt,
        Instant updatedAt,
        @JsonProperty("isUpgradeable") Boolean isUpgradeable,
        Boolean disableOidcInfoPublication,
        JsonNode kubelet,
        List<String> additionalServerSans,
        Tailscale tailscale,
        String sharedStorageClusterId) {

    /** The wrapper the API puts around one cluster: {@code {"cluster": {...}}}. */
    public record Envelope(Cluster cluster) {
    }

    /** The list answer: {@code {"items": [...]}}. */
    public record Items(List<Cluster> items) {
        public Items {
            items = items == null ? List.of() : items;
        }
    }

    public boolean publicEndpoint() {
        return Boolean.TRUE.equals(isPublic);
    }
}
