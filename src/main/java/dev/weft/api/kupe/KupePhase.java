package dev.weft.api.kupe;

import java.util.Set;

/** The phases of a Kupe cluster; unknown ones are shown as they come. */
public final class KupePhase {
    public static final String PENDING = "Pending";
    public static final String PROVISIONING = "Provisioning";
    public static final String RUNNING = "Running";
    public static final String UPGRADING = "Upgrading";
    public static final String TERMINATING = "Terminating";
    public static final String DEGRADED = "Degraded";
    public static final String FAILED = "Failed";

    private static final Set<String> TRANSITIONAL = Set.of(PENDING, PROVISIONING, UPGRADING, TERMINATING);

    private KupePhase() {
    }

    public static boolean isTransitional(String phase) {
        return TRANSITIONAL.contains(phase);
    }
}
