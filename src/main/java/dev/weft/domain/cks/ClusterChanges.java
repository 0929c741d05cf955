package dev.weft.domain.cks;

import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterNetwork;
import dev.weft.api.cks.ClusterUpdate;
import dev.weft.api.cks.Tailscale;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Builds the PATCH for an edit: only the mutable fields that changed, named in an {@code updateMask}. */
public final class ClusterChanges {
    private ClusterChanges() {
    }

    /** The update turning {@code before} into {@code after}, or empty when nothing mutable changed. */
    public static Optional<ClusterUpdate> between(Cluster before, Cluster after) {
        List<String> mask = new ArrayList<>();
        Boolean isPublic = changed("public", before.isPublic(), after.isPublic(), mask);
        String version = changed("version", before.version(), after.version(), mask);
        var oidc = changed("oidc", before.oidc(), after.oidc(), mask);
        var authz = changed("authzWebhook", before.authzWebhook(), after.authzWebhook(), mask);
        var authn = changed("authnWebhook", before.authnWebhook(), after.authnWebhook(), mask);
        String audit = changed("auditPolicy", before.auditPolicy(), after.auditPolicy(), mask);
        var kubelet = changed("kubelet", before.kubelet(), after.kubelet(), mask);
        var sans = changed("additionalServerSans", before.additionalServerSans(), after.additionalServerSans(), mask);
        String tsBefore = before.tailscale() == null ? null : before.tailscale().clientId();
        String tsAfter = after.tailscale() == null ? null : after.tailscale().clientId();
        String ts = changed("tailscale.clientId", tsBefore, tsAfter, mask);
        Boolean disable = changed("disableOidcInfoPublication", before.disableOidcInfoPublication(),
                after.disableOidcInfoPublication(), mask);
        ClusterNetwork nb = before.network() == null ? new ClusterNetwork(null, null, null, null) : before.network();
        ClusterNetwork na = after.network() == null ? nb : after.network();
        var lbs = changed("network.internalLbCidrNames", nb.internalLbCidrNames(), na.internalLbCidrNames(), mask);
        var ports = changed("network.serviceNodePortRange", nb.serviceNodePortRange(), na.serviceNodePortRange(), mask);
        if (mask.isEmpty()) {
            return Optional.empty();
        }
        ClusterNetwork network = lbs == null && ports == null ? null : new ClusterNetwork(null, null, lbs, ports);
        return Optional.of(new ClusterUpdate(before.id(), String.join(",", mask), isPublic, version, oidc, authz, authn,
                audit, kubelet, sans, ts == null ? null : new Tailscale(ts, null), disable, network));
    }

    private static <T> T changed(String path, T before, T after, List<String> mask) {
        if (Objects.equals(before, after)) {
            return null;
        }
        mask.add(path);
        return after;
    }
}
