package dev.weft.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.Json;
import dev.weft.api.kupe.KupeCluster;
import dev.weft.api.kupe.KupePhase;

import java.time.Duration;
import java.time.Instant;

/** Two Kupe clusters in the sandbox tenant: one running in production, one still provisioning. */
final class KupeSampleData {
    private KupeSampleData() {
    }

    static void seed(KupeState state, KupeRoutes routes, String tenant) {
        Instant now = state.now();
        KupeCluster.Spec production = new KupeCluster.Spec("production", "Production", "dedicated", "1.31",
                new KupeCluster.Resources("16", "64Gi", "500Gi"),
                Json.MAPPER.createObjectNode().put("cpuThresholdPercent", 85));
        Lifecycle running = state.newEntry(KupeRoutes.newCluster(production, now.minus(Duration.ofDays(12))));
        running.set(KupePhase.RUNNING, now.minus(Duration.ofDays(12)));
        state.put(tenant, "production", running);

        KupeCluster.Spec playground = new KupeCluster.Spec("playground", "Playground", "shared", "1.32",
                new KupeCluster.Resources("4", "16Gi", "100Gi"), null);
        ObjectNode json = KupeRoutes.newCluster(playground, now);
        Lifecycle provisioning = state.newEntry(json);
        routes.schedule(provisioning, now, KupePhase.PENDING);
        state.put(tenant, "playground", provisioning);
    }
}
