package dev.weft.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.Json;
import dev.weft.api.cks.ClusterStatus;
import dev.weft.api.objectstorage.BucketInfo;
import dev.weft.api.objectstorage.BucketSettings;
import dev.weft.api.vpc.Vpc;
import dev.weft.domain.Sizes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** {@code emulator --scale N}: N access keys, N/10 clusters and N/10 buckets, for load and benchmarks. */
final class ScaleData {
    private ScaleData() {
    }

    static void seed(int n, CksState cks, ObjectStorageState storage) {
        Random r = new Random(n);
        Instant now = cks.now();
        List<Vpc.VpcPrefix> prefixes = new ArrayList<>(List.of(new Vpc.VpcPrefix("pod-cidr", "10.244.0.0/16"),
                new Vpc.VpcPrefix("service-cidr", "10.96.0.0/16")));
        prefixes.add(new Vpc.VpcPrefix("lb", "10.20.0.0/22"));
        Lifecycle vpc = new Lifecycle(VpcRoutes.newVpc(new Vpc.Create("scale-vpc", "US-EAST-04A", prefixes), now));
        vpc.set(Vpc.READY, now);
        String vpcId = vpc.json.get("id").asText();
        cks.putVpc(vpcId, vpc);
        for (int i = 0; i < n / 10; i++) {
            ObjectNode c = Json.MAPPER.createObjectNode();
            c.put("name", "scale-" + i).put("zone", "US-EAST-04A").put("vpcId", vpcId).put("version", "v1.3" + (1 + r.nextInt(5)));
            ObjectNode network = c.putObject("network");
            network.put("podCidrName", "pod-cidr").put("serviceCidrName", "service-cidr");
            network.putArray("internalLbCidrNames").add("lb");
            Map.Entry<String, Lifecycle> e = ClusterRoutes.seeded(c, now.minus(Duration.ofMinutes(i)), ClusterStatus.RUNNING);
            cks.putCluster(e.getKey(), e.getValue());
        }
        for (int i = 0; i < n; i++) {
            ObjectStorageState.Key k = new ObjectStorageState.Key(String.format(java.util.Locale.ROOT, "CWSCALE%09d", i), "coreweave/scale-principal-" + (i % 50),
                    Map.of("name", "key-" + i), r.nextInt(3) == 0 ? null : now.plusSeconds(r.nextInt(200_000) - 50_000));
            k.revoked = r.nextInt(10) == 0;
            storage.addKey(k);
        }
        for (int i = 0; i < n / 10; i++) {
            long bytes = (long) (r.nextDouble() * (1L << 42));
            long objects = r.nextInt(10_000_000);
            storage.putBucket(new BucketInfo(ObjectStorageState.ORG_ID, "scale-bucket-" + i, now.minus(Duration.ofDays(r.nextInt(700))),
                    new BucketSettings(r.nextBoolean(), false, null), i % 2 == 0 ? "US-EAST-04A" : "US-WEST-04A", List.of(
                    new BucketInfo.Usage(BucketInfo.BYTES, Long.toString(bytes), Sizes.bytes(bytes)),
                    new BucketInfo.Usage(BucketInfo.OBJECTS, Long.toString(objects), Sizes.count(objects)))));
        }
    }
}
