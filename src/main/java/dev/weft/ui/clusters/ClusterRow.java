package dev.weft.ui.clusters;

import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterStatus;
import dev.weft.api.kupe.KupeCluster;
import dev.weft.api.kupe.KupePhase;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One cluster as the table shows it, for either provider: the columns' values, what kind of state
 * it is in (for the badge), and the API record it came from.
 */
public record ClusterRow(String key, String name, String secondary, String version, String status, Health health,
                         String access, String endpoint, Instant created, Cluster cks, KupeCluster kupe) {

    /** The badge's meaning; its colour follows this, and its words are always shown too. */
    public enum Health { HEALTHY, BUSY, FAILED, UNKNOWN }

    public static ClusterRow of(Cluster c) {
        String status = c.status();
        Health health = ClusterStatus.RUNNING.equals(status) ? Health.HEALTHY
                : ClusterStatus.FAILED.equals(status) ? Health.FAILED
                : ClusterStatus.isTransitional(status) ? Health.BUSY : Health.UNKNOWN;
        return new ClusterRow(c.id(), c.name(), c.zone(), c.version(), ClusterStatus.label(status), health,
                c.publicEndpoint() ? "Public" : "Private", c.apiServerEndpoint(), c.createdAt(), c, null);
    }

    public static ClusterRow of(KupeCluster k) {
        String phase = k.phase();
        Health health = KupePhase.RUNNING.equals(phase) ? Health.HEALTHY
                : KupePhase.FAILED.equals(phase) || KupePhase.DEGRADED.equals(phase) ? Health.FAILED
                : KupePhase.isTransitional(phase) ? Health.BUSY : Health.UNKNOWN;
        return new ClusterRow(k.name(), k.name(), k.displayName(), k.version(), phase, health, k.type(),
                resources(k.resources()), k.createdAt(), null, k);
    }

    static String resources(KupeCluster.Resources r) {
        if (r == null) {
            return "";
        }
        return Stream.of(r.cpu() == null ? null : r.cpu() + " CPU", r.memory(), r.storage() == null ? null : r.storage() + " disk")
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    public boolean isKupe() {
        return kupe != null;
    }

    /** On its way somewhere (creating, updating, deleting…): worth polling faster. */
    public boolean transitional() {
        return health == Health.BUSY;
    }

    public boolean running() {
        return health == Health.HEALTHY;
    }

    public boolean failed() {
        return health == Health.FAILED;
    }

    /** What the search box matches, lower-cased: every column a person reads, and the key. */
    public String searchText() {
        return dev.weft.ui.common.Derived.searchable(name, secondary, version, status, access, endpoint, key);
    }
}
