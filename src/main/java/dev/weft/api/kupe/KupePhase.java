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
    /** Not in the reference's list, but its own waiting script stops on it as on Failed ("Failed|Error"). */
    public static final String ERROR = "Error";

    private static final Set<String> TRANSITIONAL = Set.of(PENDING, PROVISIONING, UPGRADING, TERMINATING);
    private static final Set<String> FAILING = Set.of(FAILED, ERROR, DEGRADED);

    private KupePhase() {
    }

    public static boolean isTransitional(String phase) {
        return TRANSITIONAL.contains(phase);
    }

    /** A phase that wants the user's attention: the cluster failed, or runs unwell. */
    public static boolean isFailing(String phase) {
        return FAILING.contains(phase);
    }
}
