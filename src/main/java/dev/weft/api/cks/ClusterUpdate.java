package dev.weft.api.cks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The body of a PATCH: the cluster's {@code id}, an {@code updateMask} naming the changed paths, and
 * only those fields. Build one with {@code dev.weft.domain.cks.ClusterChanges}.
 */
public record ClusterUpdate(
        String id,
        String updateMask,
        @JsonProperty("public") Boolean isPublic,
        String version,
        Oidc oidc,
        Webhook authzWebhook,
        Webhook authnWebhook,
        String auditPolicy,
        JsonNode kubelet,
        List<String> additionalServerSans,
        Tailscale tailscale,
        Boolean disableOidcInfoPublication,
        ClusterNetwork network) {
}
