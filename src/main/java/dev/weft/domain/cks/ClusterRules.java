package dev.weft.domain.cks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.api.FieldViolation;
import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterNetwork;
import dev.weft.api.cks.CreateClusterRequest;
import dev.weft.api.cks.Oidc;
import dev.weft.api.cks.Tailscale;
import dev.weft.api.cks.Webhook;
import dev.weft.api.vpc.Vpc;
import dev.weft.domain.Encodings;
import dev.weft.domain.Violations;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every documented rule for creating and changing a CKS cluster, in one place. The client's forms
 * and the sandbox both call these, so they can never disagree; each broken rule is one
 * {@link FieldViolation} naming its field by the JSON path the API uses.
 */
public final class ClusterRules {
    public static final int MAX_SANS = 10;
    public static final int TAILSCALE_CLIENT_ID_MAX = 255;

    private ClusterRules() {
    }

    public static List<FieldViolation> validateCreate(CreateClusterRequest r, ClusterContext ctx) {
        Violations v = new Violations();
        CksCatalog.nameProblem(r.name()).ifPresent(p -> v.add("name", p));
        boolean zoneOk = v.unless(r.zone() != null && !r.zone().isEmpty(), "zone", "is required")
                && v.unless(CksCatalog.ZONES.contains(r.zone()), "zone", "is not a known zone: " + r.zone());
        checkVersion(r.version(), v);
        Optional<Vpc> vpc = checkVpc(r.vpcId(), zoneOk ? r.zone() : null, ctx, v);
        ClusterNetwork n = r.network();
        if (n == null) {
            v.add("network", "is required: pod, service and load-balancer prefix names");
        } else {
            checkPrefix("network.podCidrName", n.podCidrName(), vpc, v);
            checkPrefix("network.serviceCidrName", n.serviceCidrName(), vpc, v);
            checkLbPrefixes(n.internalLbCidrNames(), vpc, v);
        }
        checkAdvanced(r.oidc(), r.authnWebhook(), r.authzWebhook(), r.auditPolicy(), r.kubelet(),
                r.additionalServerSans(), r.tailscale(), v);
        if (r.sharedStorageClusterId() != null && ctx.knowsState()) {
            v.unless(ctx.clusterExists(r.sharedStorageClusterId()), "sharedStorageClusterId",
                    "must be the id of an existing cluster");
        }
        return v.toList();
    }

    /**
     * The rules for turning {@code before} into {@code after}: immutable fields unchanged, one minor
     * upgrade at a time, load-balancer prefixes only appended, the NodePort range only grown, and
     * every field rule on the result.
     */
    public static List<FieldViolation> validateChange(Cluster before, Cluster after, ClusterContext ctx) {
        Violations v = new Violations();
        immutable("name", before.name(), after.name(), v);
        immutable("zone", before.zone(), after.zone(), v);
        immutable("vpcId", before.vpcId(), after.vpcId(), v);
        immutable("sharedStorageClusterId", before.sharedStorageClusterId(), after.sharedStorageClusterId(), v);
        ClusterNetwork b = before.network() == null ? new ClusterNetwork(null, null, List.of(), null) : before.network();
        ClusterNetwork a = after.network() == null ? b : after.network();
        immutable("network.podCidrName", b.podCidrName(), a.podCidrName(), v);
        immutable("network.serviceCidrName", b.serviceCidrName(), a.serviceCidrName(), v);
        checkUpgrade(before.version(), after.version(), v);
        checkLbAppendOnly(b.internalLbCidrNames(), a.internalLbCidrNames(), ctx.vpc(after.vpcId()), v);
        checkPortRange(b.serviceNodePortRange(), a.serviceNodePortRange(), v);
        checkAdvanced(after.oidc(), after.authnWebhook(), after.authzWebhook(), after.auditPolicy(), after.kubelet(),
                after.additionalServerSans(), after.tailscale(), v);
        return v.toList();
    }

    private static void immutable(String field, Object before, Object after, Violations v) {
        v.unless(Objects.equals(before, after), field, "cannot be changed after the cluster is created");
    }

    static void checkVersion(String version, Violations v) {
        if (version == null || version.isEmpty()) {
            v.add("version", "is required, in minor version form such as " + CksCatalog.latestVersion());
        } else if (CksCatalog.minor(version).isEmpty()) {
            v.add("version", "must be a minor version such as " + CksCatalog.latestVersion() + " (not " + version + ")");
        } else if (!CksCatalog.VERSIONS.contains(version)) {
            v.add("version", "is not supported; choose one of " + String.join(", ", CksCatalog.VERSIONS));
        }
    }

    private static void checkUpgrade(String before, String after, Violations v) {
        if (Objects.equals(before, after)) {
            return;
        }
        checkVersion(after, v);
        Optional<Integer> from = CksCatalog.minor(before);
        Optional<Integer> to = CksCatalog.minor(after);
        if (from.isPresent() && to.isPresent()) {
            if (to.get() < from.get()) {
                v.add("version", "cannot be downgraded (from " + before + " to " + after + ")");
            } else if (to.get() > from.get() + 1) {
                v.add("version", "can move up one minor version at a time; the next is v1." + (from.get() + 1));
            }
        }
    }

    private static Optional<Vpc> checkVpc(String vpcId, String zone, ClusterContext ctx, Violations v) {
        if (vpcId == null || vpcId.isEmpty()) {
            v.add("vpcId", "is required: create a VPC first");
            return Optional.empty();
        }
        if (!ctx.knowsState()) {
            return Optional.empty();
        }
        Optional<Vpc> vpc = ctx.vpc(vpcId);
        if (vpc.isEmpty()) {
            v.add("vpcId", "no VPC with id " + vpcId);
        } else if (zone != null && !zone.equals(vpc.get().zone())) {
            v.add("vpcId", "the VPC is in zone " + vpc.get().zone() + ", not in " + zone);
        }
        return vpc;
    }

    private static void checkPrefix(String field, String name, Optional<Vpc> vpc, Violations v) {
        if (name == null || name.isEmpty()) {
            v.add(field, "is required: the name of one of the VPC's prefixes");
        } else if (vpc.isPresent() && !vpc.get().hasPrefix(name)) {
            v.add(field, "the VPC has no prefix named " + name);
        }
    }

    private static void checkLbPrefixes(List<String> names, Optional<Vpc> vpc, Violations v) {
        String field = "network.internalLbCidrNames";
        if (names == null || names.isEmpty()) {
            v.add(field, "needs at least one prefix name");
            return;
        }
        if (new HashSet<>(names).size() != names.size()) {
            v.add(field, "must not name a prefix twice");
        }
        for (String name : names) {
            if (name == null || name.isEmpty()) {
                v.add(field, "must not contain an empty name");
            } else if (vpc.isPresent() && !vpc.get().hasPrefix(name)) {
                v.add(field, "the VPC has no prefix named " + name);
            }
        }
    }

    private static void checkLbAppendOnly(List<String> before, List<String> after, Optional<Vpc> vpc, Violations v) {
        List<String> b = before == null ? List.of() : before;
        List<String> a = after == null ? List.of() : after;
        if (a.equals(b)) {
            return;
        }
        if (a.size() < b.size() || !a.subList(0, b.size()).equals(b)) {
            v.add("network.internalLbCidrNames", "prefixes can only be added at the end, never removed or reordered");
            return;
        }
        checkLbPrefixes(a, vpc, v);
    }

    private static void checkPortRange(ClusterNetwork.PortRange before, ClusterNetwork.PortRange after, Violations v) {
        if (after == null || Objects.equals(before, after)) {
            return;
        }
        String field = "network.serviceNodePortRange";
        if (after.start() == null || after.end() == null || after.start() < 1 || after.end() > 65535
                || after.start() >= after.end()) {
            v.add(field, "must be a range of ports between 1 and 65535 with start below end");
        } else if (before != null && before.start() != null && before.end() != null
                && (after.start() > before.start() || after.end() < before.end())) {
            v.add(field, "can only grow: it must still include " + before.start() + "–" + before.end());
        }
    }

    /** The optional fields' rules, the same on create and on change. */
    static void checkAdvanced(Oidc oidc, Webhook authn, Webhook authz, String auditPolicy, JsonNode kubelet,
                              List<String> sans, Tailscale tailscale, Violations v) {
        if (oidc != null) {
            v.unless(Encodings.isHttpsUrl(oidc.issuerUrl()), "oidc.issuerUrl", "is required and must be an https:// URL");
            v.unless(oidc.clientId() != null && !oidc.clientId().isBlank(), "oidc.clientId", "is required with OIDC");
            checkBase64("oidc.ca", oidc.ca(), v);
            if (oidc.signingAlgorithms() != null) {
                for (String alg : oidc.signingAlgorithms()) {
                    v.unless(Oidc.RS256.equals(alg), "oidc.signingAlgorithms", "supports only " + Oidc.RS256 + " (not " + alg + ")");
                }
            }
        }
        checkWebhook("authnWebhook", authn, v);
        checkWebhook("authzWebhook", authz, v);
        if (auditPolicy != null) {
            Optional<byte[]> decoded = Encodings.base64(auditPolicy);
            if (decoded.isEmpty()) {
                v.add("auditPolicy", "must be base64-encoded");
            } else {
                v.unless(Encodings.isJsonOrYamlDocument(decoded.get()), "auditPolicy",
                        "must decode to a JSON or YAML audit policy document");
            }
        }
        if (kubelet != null && !kubelet.isNull()) {
            v.unless(kubelet.isObject(), "kubelet", "must be a JSON object of kubelet settings");
        }
        if (sans != null) {
            v.unless(sans.size() <= MAX_SANS, "additionalServerSans", "may hold at most " + MAX_SANS + " names (it has " + sans.size() + ")");
            v.unless(sans.stream().allMatch(s -> s != null && !s.isBlank()), "additionalServerSans", "must not contain a blank name");
            v.unless(new HashSet<>(sans).size() == sans.size(), "additionalServerSans", "must not contain a name twice");
        }
        if (tailscale != null && tailscale.clientId() != null) {
            v.unless(tailscale.clientId().length() <= TAILSCALE_CLIENT_ID_MAX, "tailscale.clientId",
                    "must be at most " + TAILSCALE_CLIENT_ID_MAX + " characters");
        }
    }

    private static void checkWebhook(String field, Webhook hook, Violations v) {
        if (hook == null) {
            return;
        }
        v.unless(Encodings.isUrl(hook.server()), field + ".server", "is required and must be a URL");
        checkBase64(field + ".ca", hook.ca(), v);
    }

    private static void checkBase64(String field, String value, Violations v) {
        if (value != null && !value.isEmpty()) {
            v.unless(Encodings.base64(value).isPresent(), field, "must be base64-encoded");
        }
    }
}
