package dev.weft.ui.clusters;

import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterNetwork;
import dev.weft.api.cks.Oidc;
import dev.weft.api.cks.Tailscale;
import dev.weft.api.cks.Webhook;

import java.util.List;

/** Copies of a cluster with the mutable fields an edit form changes; everything else stays as the server had it. */
public final class ClusterEdits {
    private ClusterEdits() {
    }

    public static Cluster withVersion(Cluster c, String version) {
        return edited(c, c.isPublic(), version, c.additionalServerSans(), lbs(c), ports(c), c.auditPolicy(), c.oidc(),
                c.authnWebhook(), c.authzWebhook(), c.tailscale(), c.disableOidcInfoPublication(), c.kubelet());
    }

    static List<String> lbs(Cluster c) {
        return c.network() == null ? null : c.network().internalLbCidrNames();
    }

    static ClusterNetwork.PortRange ports(Cluster c) {
        return c.network() == null ? null : c.network().serviceNodePortRange();
    }

    public static Cluster edited(Cluster c, Boolean isPublic, String version, List<String> sans, List<String> lbs,
                                 ClusterNetwork.PortRange ports, String auditPolicy, Oidc oidc, Webhook authn, Webhook authz, Tailscale tailscale,
                                 Boolean disableOidcInfo, com.fasterxml.jackson.databind.JsonNode kubelet) {
        ClusterNetwork n = c.network();
        ClusterNetwork network = n == null ? null
                : new ClusterNetwork(n.podCidrName(), n.serviceCidrName(), lbs, ports);
        return new Cluster(c.id(), c.name(), c.zone(), c.vpcId(), isPublic, version, network, oidc, authz, authn,
                auditPolicy, c.status(), c.apiServerEndpoint(), c.createdAt(), c.updatedAt(), c.isUpgradeable(),
                disableOidcInfo, kubelet, sans, tailscale, c.sharedStorageClusterId());
    }
}
