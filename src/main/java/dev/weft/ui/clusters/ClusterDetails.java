package dev.weft.ui.clusters;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.api.Json;
import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterNetwork;
import dev.weft.api.kupe.KupeCluster;
import dev.weft.api.vpc.Vpc;
import dev.weft.domain.Encodings;
import dev.weft.ui.common.FieldGrid.Field;
import dev.weft.ui.common.Moments;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Every field the API returned for a cluster, in groups a person scans: what the detail pane shows. */
public final class ClusterDetails {
    public record Group(String title, List<Field> fields) {
    }

    private ClusterDetails() {
    }

    /** A CKS cluster's VPC is named and its prefixes' blocks given when {@code vpc} (its VPC) is known; null: not yet. */
    public static List<Group> of(ClusterRow row, Vpc vpc) {
        return row.isKupe() ? kupe(row) : cks(row, vpc);
    }

    /** The record as the API sent it, pretty-printed. */
    public static String rawJson(ClusterRow row) {
        return Json.pretty(row.isKupe() ? row.kupe() : row.cks(), "(could not be shown)");
    }

    static List<Group> cks(ClusterRow row, Vpc vpc) {
        Cluster c = row.cks();
        List<Group> groups = new ArrayList<>();
        // The status as the API gives it ("STATUS_RUNNING"): the badge beside the name says it in words, and
        // both together broke across lines in the details' column.
        groups.add(group("Overview", f("Name", c.name()), copy("ID", c.id()), f("Status", c.status()),
                f("Kubernetes version", c.version()), f("Upgrade available", row.upgradeSaid()),
                f("Created", Moments.detailed(c.createdAt())), f("Updated", Moments.detailed(c.updatedAt()))));
        // The VPC by name, and each prefix with its block: the cluster names its VPC's prefixes, which say nothing
        // of the addresses a person plans a network by.
        Vpc its = vpc != null && Objects.equals(vpc.id(), c.vpcId()) ? vpc : null;
        groups.add(group("Placement", f("Zone", c.zone()), f("VPC", its == null ? null : its.name()), copy("VPC ID", c.vpcId())));
        ClusterNetwork n = c.network();
        groups.add(group("Network", copy("API endpoint", c.apiServerEndpoint()), f("Public API server", yesNo(c.isPublic())),
                f("Pod prefix", n == null ? null : prefix(its, n.podCidrName())),
                f("Service prefix", n == null ? null : prefix(its, n.serviceCidrName())),
                f("Load-balancer prefixes", n == null || n.internalLbCidrNames() == null ? null
                        : n.internalLbCidrNames().stream().map(p -> prefix(its, p)).collect(Collectors.joining(", "))),
                f("NodePort range", n == null || n.serviceNodePortRange() == null ? null
                        : n.serviceNodePortRange().start() + "–" + n.serviceNodePortRange().end())));
        groups.add(group("Authentication",
                f("OIDC issuer", c.oidc() == null ? null : c.oidc().issuerUrl()),
                f("OIDC client", c.oidc() == null ? null : c.oidc().clientId()),
                f("OIDC username claim", c.oidc() == null ? null : c.oidc().usernameClaim()),
                f("OIDC username prefix", c.oidc() == null ? null : c.oidc().usernamePrefix()),
                f("OIDC groups claim", c.oidc() == null ? null : c.oidc().groupsClaim()),
                f("OIDC groups prefix", c.oidc() == null ? null : c.oidc().groupsPrefix()),
                f("OIDC required claim", c.oidc() == null ? null : c.oidc().requiredClaim()),
                f("OIDC admin group", c.oidc() == null ? null : c.oidc().adminGroupBinding()),
                f("OIDC CA", set(c.oidc() == null ? null : c.oidc().ca())),
                f("OIDC signing algorithms", c.oidc() == null || c.oidc().signingAlgorithms() == null ? null
                        : String.join(", ", c.oidc().signingAlgorithms())),
                f("Authentication webhook", c.authnWebhook() == null ? null : c.authnWebhook().server()),
                f("Authentication webhook CA", set(c.authnWebhook() == null ? null : c.authnWebhook().ca())),
                f("Authorization webhook", c.authzWebhook() == null ? null : c.authzWebhook().server()),
                f("Authorization webhook CA", set(c.authzWebhook() == null ? null : c.authzWebhook().ca())),
                f("OIDC info published", c.disableOidcInfoPublication() == null ? null : yesNo(!c.disableOidcInfoPublication()))));
        groups.add(group("Audit", f("Audit policy", auditSummary(c.auditPolicy()))));
        groups.add(group("Advanced",
                f("Additional SANs", c.additionalServerSans() == null ? null : String.join(", ", c.additionalServerSans())),
                f("Kubelet overrides", json(c.kubelet())),
                f("Tailscale client", c.tailscale() == null ? null : c.tailscale().clientId()),
                f("Tailnet domain", c.tailscale() == null ? null : c.tailscale().tailnetDomain()),
                copy("Shared storage cluster", c.sharedStorageClusterId())));
        return groups.stream().filter(g -> !g.fields().isEmpty()).toList();
    }

    static List<Group> kupe(ClusterRow row) {
        KupeCluster k = row.kupe();
        List<Group> groups = new ArrayList<>();
        groups.add(group("Overview", copy("Name", k.name()), f("Display name", k.displayName()), f("Type", k.type()),
                f("Phase", k.phase()), f("Version", k.version()), f("Upgrade available", row.upgradeSaid()),
                f("Created", Moments.detailed(k.createdAt()))));
        KupeCluster.Resources r = k.resources();
        groups.add(group("Resources", f("CPU", r == null ? null : r.cpu()), f("Memory", r == null ? null : r.memory()),
                f("Storage", r == null ? null : r.storage())));
        KupeCluster.Status s = k.status();
        groups.add(group("Status", copy("API endpoint", s == null ? null : s.endpoint()),
                f("Running Kubernetes", s == null ? null : s.kubernetesVersion()),
                f("Generation", k.generation() == null ? null : k.generation() + (s == null || s.observedGeneration() == null ? ""
                        : " (observed " + s.observedGeneration() + ")")),
                f("Resource version", k.resourceVersion()),
                f("Conditions", s == null || s.conditions() == null ? null : s.conditions().stream()
                        .map(c -> c.type() + "=" + c.status() + (c.reason() == null ? "" : " (" + c.reason() + ")"))
                        .collect(Collectors.joining(", ")))));
        groups.add(group("Alerts", f("Alert settings", json(k.alerts()))));
        return groups.stream().filter(g -> !g.fields().isEmpty()).toList();
    }

    private static String auditSummary(String base64) {
        if (base64 == null) {
            return null;
        }
        return Encodings.base64(base64).map(b -> {
            String text = new String(b, StandardCharsets.UTF_8).strip();
            String first = text.lines().findFirst().orElse("");
            return b.length + " bytes" + (first.isEmpty() ? "" : ", starting: " + (first.length() > 60 ? first.substring(0, 60) + "…" : first));
        }).orElse("(not valid base64)");
    }

    private static String json(JsonNode node) {
        return node == null || node.isNull() || (node.isObject() && node.isEmpty()) ? null : node.toString();
    }

    private static Group group(String title, Field... fields) {
        return new Group(title, java.util.Arrays.stream(fields).filter(Objects::nonNull).toList());
    }

    /** A certificate authority is said to be there, not shown: a page of base64 in the details (Edit… shows it). */
    private static String set(String ca) {
        return ca == null || ca.isBlank() ? null : "set";
    }

    private static Field f(String label, String value) {
        return Field.of(label, value);
    }

    private static Field copy(String label, String value) {
        return Field.copyable(label, value);
    }

    /** "pod-cidr (10.244.0.0/16)": a prefix's name with its block, where the VPC is known and has it. */
    private static String prefix(Vpc vpc, String name) {
        if (name == null || vpc == null) {
            return name;
        }
        return vpc.vpcPrefixes().stream().filter(p -> name.equals(p.name()) && p.value() != null).findFirst()
                .map(p -> name + " (" + p.value() + ")").orElse(name);
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "Yes" : "No";
    }
}
