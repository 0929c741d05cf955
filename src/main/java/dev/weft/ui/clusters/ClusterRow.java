package dev.weft.ui.clusters;

import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterStatus;
import dev.weft.api.kupe.KupeCluster;
import dev.weft.api.kupe.KupePhase;
import dev.weft.domain.cks.CksCatalog;
import dev.weft.ui.common.StatusBadge;
import dev.weft.ui.common.StatusBadge.Tone;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One cluster as the table shows it, for either provider: the columns' values, what kind of state
 * it is in (for the badge), and the API record it came from.
 */
public record ClusterRow(String key, String name, String secondary, String version, String status, Tone health,
                         String access, String endpoint, Instant created, Cluster cks, KupeCluster kupe) {
    /** Beside the version of a cluster that can be upgraded; a hover on it says what it means. */
    public static final String UPGRADE_MARK = "↑";

    public static ClusterRow of(Cluster c) {
        String status = c.status();
        Tone health = ClusterStatus.RUNNING.equals(status) ? Tone.HEALTHY
                : ClusterStatus.FAILED.equals(status) ? Tone.FAILED
                : ClusterStatus.isTransitional(status) ? Tone.BUSY : Tone.UNKNOWN;
        return new ClusterRow(c.id(), c.name(), c.zone(), c.version(), ClusterStatus.label(status), health,
                c.publicEndpoint() ? "Public" : "Private", c.apiServerEndpoint(), c.createdAt(), c, null);
    }

    public static ClusterRow of(KupeCluster k) {
        String phase = k.phase();
        Tone health = KupePhase.RUNNING.equals(phase) ? Tone.HEALTHY
                : KupePhase.isFailing(phase) ? Tone.FAILED
                : KupePhase.isTransitional(phase) ? Tone.BUSY : Tone.UNKNOWN;
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

    /** Shows the row's status on a badge, or nothing for no row. */
    static void showOn(StatusBadge badge, ClusterRow row) {
        badge.show(row == null ? null : row.status(), row == null ? null : row.health(), row != null && row.transitional());
    }

    /** What the second filter goes by: a CKS cluster's zone, a Kupe cluster's type (its zone is not listed). */
    public String zoneOrType() {
        return isKupe() ? access : secondary;
    }

    public boolean isKupe() {
        return kupe != null;
    }

    /** On its way somewhere (creating, updating, deleting…): worth polling faster. */
    public boolean transitional() {
        return health == Tone.BUSY;
    }

    public boolean running() {
        return health == Tone.HEALTHY;
    }

    /** The next minor version, the one an upgrade goes to (one minor at a time, as both APIs take it); empty at the newest. */
    public Optional<String> nextVersion() {
        return isKupe() ? nextKupeVersion(version) : CksCatalog.nextVersion(version);
    }

    /** Whether Upgrade… can be offered now: the cluster runs, a newer minor exists, and a CKS server does not say otherwise. */
    public boolean upgradeable() {
        return running() && nextVersion().isPresent() && (cks == null || !Boolean.FALSE.equals(cks.isUpgradeable()));
    }

    /**
     * Whether an upgrade is available, as the details say it: where Upgrade… goes, or why it is not offered (a CKS
     * server's "isUpgradeable: true" on a failed cluster read "Yes" beside a disabled Upgrade…).
     */
    public String upgradeSaid() {
        if (upgradeable()) {
            return "Yes, to " + nextVersion().orElseThrow();
        }
        if (cks != null && Boolean.FALSE.equals(cks.isUpgradeable())) {
            return "No";
        }
        if (!running()) {
            return "Not while " + status;
        }
        return "No: " + version + " is the newest offered";
    }

    /** The version as the table shows it: an arrow where an upgrade is offered, so a fleet's laggards stand out. */
    public String versionShown() {
        return upgradeable() ? version + " " + UPGRADE_MARK : version;
    }

    static Optional<String> nextKupeVersion(String version) {
        return dev.weft.domain.kupe.KupeRules.minor(version).map(n -> "1." + (n + 1))
                .filter(dev.weft.domain.kupe.KupeRules.VERSIONS::contains);
    }

    public boolean failed() {
        return health == Tone.FAILED;
    }

    /** What the search box matches, lower-cased: every column a person reads, and the key. */
    public String searchText() {
        return dev.weft.ui.common.Derived.searchable(name, secondary, version, status, access, endpoint, key);
    }
}
