package dev.weft.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.Json;
import dev.weft.api.cks.ClusterStatus;
import dev.weft.api.vpc.Vpc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The organization a new user finds in the sandbox: VPCs in two zones, and clusters running, being
 * created and failed, so every state of the Clusters tab can be seen at once.
 */
final class SampleData {
    private SampleData() {
    }

    static void seed(CksState cks) {
        Instant now = cks.now();
        Instant longAgo = now.minus(Duration.ofDays(40));
        String east = vpc(cks, "default-east", "US-EAST-04A", longAgo);
        String west = vpc(cks, "research-west", "US-WEST-04A", longAgo.plus(Duration.ofDays(3)));

        put(cks, cluster("prod-east", "US-EAST-04A", east, "v1.34", true, "lb-a"), longAgo.plus(Duration.ofDays(1)),
                ClusterStatus.RUNNING);
        put(cks, cluster("legacy-batch", "US-EAST-04A", east, "v1.32", false, "lb-b"), longAgo.plus(Duration.ofDays(2)),
                ClusterStatus.RUNNING);
        put(cks, cluster("train-west", "US-WEST-04A", west, "v1.33", false, "lb-a"), longAgo.plus(Duration.ofDays(5)),
                ClusterStatus.FAILED);

        Map.Entry<String, Lifecycle> creating = ClusterRoutes.seeded(
                cluster("staging-west", "US-WEST-04A", west, "v1.35", true, "lb-b"), now, ClusterStatus.CREATING);
        creating.getValue().then(ClusterStatus.RUNNING, now.plus(cks.provisioning()));
        cks.putCluster(creating.getKey(), creating.getValue());
    }

    private static String vpc(CksState cks, String name, String zone, Instant created) {
        List<Vpc.VpcPrefix> prefixes = List.of(
                new Vpc.VpcPrefix("pod-cidr", "10.244.0.0/16"),
                new Vpc.VpcPrefix("service-cidr", "10.96.0.0/16"),
                new Vpc.VpcPrefix("lb-a", "10.20.0.0/22"),
                new Vpc.VpcPrefix("lb-b", "10.20.4.0/22"),
                new Vpc.VpcPrefix("lb-c", "10.20.8.0/22"));
        Lifecycle entry = new Lifecycle(VpcRoutes.newVpc(new Vpc.Create(name, zone, prefixes), created));
        entry.set(Vpc.READY, created);
        String id = entry.json.get("id").asText();
        cks.putVpc(id, entry);
        return id;
    }

    private static ObjectNode cluster(String name, String zone, String vpcId, String version, boolean isPublic, String lb) {
        ObjectNode c = Json.MAPPER.createObjectNode();
        c.put("name", name).put("zone", zone).put("vpcId", vpcId).put("version", version).put("public", isPublic);
        ObjectNode network = c.putObject("network");
        network.put("podCidrName", "pod-cidr").put("serviceCidrName", "service-cidr");
        network.putArray("internalLbCidrNames").add(lb);
        return c;
    }

    private static void put(CksState cks, ObjectNode body, Instant created, String status) {
        Map.Entry<String, Lifecycle> e = ClusterRoutes.seeded(body, created, status);
        cks.putCluster(e.getKey(), e.getValue());
    }
}
