package dev.weft.domain.cks;

import dev.weft.api.Json;
import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterNetwork;
import dev.weft.api.cks.ClusterUpdate;
import dev.weft.api.cks.Tailscale;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterChangesTest {
    private static Cluster cluster(boolean isPublic, String version, List<String> lbs, Tailscale ts) {
        return new Cluster("id-1", "c", "US-EAST-04A", "vpc", isPublic, version,
                new ClusterNetwork("pods", "svc", lbs, new ClusterNetwork.PortRange(30000, 32767)), null, null, null,
                null, "STATUS_RUNNING", "e", null, null, true, null, null, null, ts, null);
    }

    @Test
    void nothingChangedMeansNoPatch() {
        Cluster c = cluster(true, "v1.33", List.of("lb"), null);
        assertThat(ClusterChanges.between(c, c)).isEmpty();
    }

    @Test
    void onlyChangedFieldsAreSentWithTheirMask() throws Exception {
        Cluster before = cluster(true, "v1.33", List.of("lb"), null);
        Cluster after = cluster(false, "v1.33", List.of("lb", "lb2"), new Tailscale("ts", null));
        ClusterUpdate u = ClusterChanges.between(before, after).orElseThrow();
        assertThat(u.updateMask()).isEqualTo("public,tailscale.clientId,network.internalLbCidrNames");
        String json = Json.MAPPER.writeValueAsString(u);
        assertThat(json).isEqualTo("{\"id\":\"id-1\",\"updateMask\":\"public,tailscale.clientId,network.internalLbCidrNames\","
                + "\"public\":false,\"tailscale\":{\"clientId\":\"ts\"},\"network\":{\"internalLbCidrNames\":[\"lb\",\"lb2\"]}}");
    }
}
