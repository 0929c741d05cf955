package dev.weft.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.kupe.KupePhase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Kupe clusters by tenant. Like Kubernetes, every change, the platform's phase changes included,
 * gives the cluster a new {@code resourceVersion}, and so a new ETag.
 */
final class KupeState {
    private final Map<String, Map<String, Lifecycle>> tenants = new LinkedHashMap<>();
    private final Clock clock;
    private final Duration provisioning;
    private long resourceVersion = 1000;

    /** Writes {@code status.phase}; reaching Running also records what the platform now runs. */
    private final Lifecycle.StatusField phase = new Lifecycle.StatusField() {
        @Override
        public String read(ObjectNode json) {
            return json.path("status").path("phase").asText();
        }

        @Override
        public void write(ObjectNode json, String value, Instant at) {
            ObjectNode status = json.has("status") ? (ObjectNode) json.get("status") : json.putObject("status");
            status.put("phase", value);
            if (KupePhase.RUNNING.equals(value)) {
                status.put("observedGeneration", json.path("generation").asLong());
                status.put("kubernetesVersion", json.path("version").asText());
                status.put("endpoint", KupeRoutes.endpoint(json));
                status.putArray("conditions").addObject().put("type", "Ready").put("status", "True")
                        .put("reason", "ClusterReady").put("lastTransitionTime", at.toString());
            } else {
                status.putArray("conditions").addObject().put("type", "Ready").put("status", "False")
                        .put("reason", value).put("lastTransitionTime", at.toString());
            }
            bump(json);
        }
    };

    KupeState(Clock clock, Duration provisioning) {
        this.clock = clock;
        this.provisioning = provisioning;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    Duration provisioning() {
        return provisioning;
    }

    Lifecycle newEntry(ObjectNode json) {
        return new Lifecycle(json, phase);
    }

    synchronized void bump(ObjectNode json) {
        json.put("resourceVersion", Long.toString(++resourceVersion));
    }

    synchronized List<ObjectNode> list(String tenant) {
        Map<String, Lifecycle> clusters = tenants.getOrDefault(tenant, Map.of());
        Instant now = now();
        List<ObjectNode> out = new ArrayList<>();
        for (var it = clusters.values().iterator(); it.hasNext(); ) {
            Lifecycle e = it.next();
            if (!e.advance(now)) {
                it.remove();
            } else {
                out.add(e.json.deepCopy());
            }
        }
        out.sort(Comparator.comparing(n -> n.path("createdAt").asText()));
        return out;
    }

    synchronized Optional<Lifecycle> find(String tenant, String name) {
        Map<String, Lifecycle> clusters = tenants.get(tenant);
        Lifecycle e = clusters == null ? null : clusters.get(name);
        if (e != null && !e.advance(now())) {
            clusters.remove(name);
            return Optional.empty();
        }
        return Optional.ofNullable(e);
    }

    synchronized void put(String tenant, String name, Lifecycle entry) {
        tenants.computeIfAbsent(tenant, t -> new LinkedHashMap<>()).put(name, entry);
    }
}
