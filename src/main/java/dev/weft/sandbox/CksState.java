package dev.weft.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.Json;
import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterStatus;
import dev.weft.api.vpc.Vpc;
import dev.weft.domain.cks.ClusterContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organization's clusters and VPCs. Every method is synchronized: the HTTP server calls in from
 * several threads, and each request sees and changes a consistent state.
 */
final class CksState {
    private final Map<String, Lifecycle> clusters = new LinkedHashMap<>();
    private final Map<String, Lifecycle> vpcs = new LinkedHashMap<>();
    private final Clock clock;
    private final Duration provisioning;

    CksState(Clock clock, Duration provisioning) {
        this.clock = clock;
        this.provisioning = provisioning;
    }

    /** Now, in whole seconds as the API writes its times. */
    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    /** How long creating, updating or deleting a cluster takes. */
    Duration provisioning() {
        return provisioning;
    }

    /** VPCs are quicker than clusters: a quarter of the provisioning time. */
    Duration vpcProvisioning() {
        return provisioning.dividedBy(4);
    }

    synchronized List<ObjectNode> clusters() {
        return snapshot(clusters);
    }

    synchronized List<ObjectNode> vpcs() {
        return snapshot(vpcs);
    }

    synchronized Optional<Lifecycle> cluster(String id) {
        return find(clusters, id);
    }

    synchronized Optional<Lifecycle> vpc(String id) {
        return find(vpcs, id);
    }

    synchronized void putCluster(String id, Lifecycle entry) {
        clusters.put(id, entry);
    }

    synchronized void putVpc(String id, Lifecycle entry) {
        vpcs.put(id, entry);
    }

    synchronized boolean clusterNameTaken(String name) {
        return clusters().stream().anyMatch(c -> name.equals(c.path("name").asText()));
    }

    synchronized boolean vpcNameTaken(String name) {
        return vpcs().stream().anyMatch(v -> name.equals(v.path("name").asText()));
    }

    /** The names of the clusters that still live in a VPC. */
    synchronized List<String> clustersInVpc(String vpcId) {
        return clusters().stream().filter(c -> vpcId.equals(c.path("vpcId").asText()))
                .map(c -> c.path("name").asText()).toList();
    }

    /** The rules' view of this state, so validation sees exactly what the server has. */
    synchronized ClusterContext context() {
        List<Vpc> vpcList = vpcs().stream().map(v -> Json.MAPPER.convertValue(v, Vpc.class)).toList();
        List<String> ids = clusters().stream().map(c -> c.path("id").asText()).toList();
        return ClusterContext.of(vpcList, ids);
    }

    static Cluster toCluster(ObjectNode json) {
        return Json.MAPPER.convertValue(json, Cluster.class);
    }

    static boolean isRunning(Lifecycle entry) {
        return ClusterStatus.RUNNING.equals(entry.status());
    }

    private Optional<Lifecycle> find(Map<String, Lifecycle> map, String id) {
        Lifecycle entry = map.get(id);
        if (entry != null && !entry.advance(now())) {
            map.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(entry);
    }

    private List<ObjectNode> snapshot(Map<String, Lifecycle> map) {
        Instant now = now();
        map.values().removeIf(e -> !e.advance(now));
        List<ObjectNode> out = new ArrayList<>();
        for (Lifecycle e : map.values()) {
            out.add(e.json.deepCopy());
        }
        out.sort(Comparator.comparing(n -> n.path("createdAt").asText()));
        return out;
    }
}
