package dev.weft.api.cks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The body of a create (seed 001): no {@code id}, which the server assigns. */
public record CreateClusterRequest(
        String name,
        String zone,
        String vpcId,
        String version,
        ClusterNetwork network,
        @JsonProperty("public") Boolean isPublic,
        Oidc oidc,
        Webhook authzWebhook,
        Webhook authnWebhook,
        String auditPolicy,
        JsonNode kubelet,
        List<String> additionalServerSans,
        Tailscale tailscale,
        String sharedStorageClusterId,
        Boolean disableOidcInfoPublication) {

    /** The required fields only; the rest can be set with the record's copy helpers or the constructor. */
    public static CreateClusterRequest minimal(String name, String zone, String vpcId, String version,
                                               String podCidrName, String serviceCidrName, List<String> lbCidrNames) {
        return new CreateClusterRequest(name, zone, vpcId, version,
                new ClusterNetwork(podCidrName, serviceCidrName, lbCidrNames, null),
                null, null, null, null, null, null, null, null, null, null);
    }
}
