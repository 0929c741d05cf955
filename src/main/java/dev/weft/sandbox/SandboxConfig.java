package dev.weft.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * How to start a sandbox: the port (0 picks a free one), the accepted tokens, how long provisioning
 * takes, whether to start empty, the clock that drives the lifecycles (tests pass their own), and
 * the one Kupe tenant the tokens may use.
 */
public record SandboxConfig(int port, List<String> tokens, Duration provisioning, boolean empty, Clock clock,
                            String kupeTenant, Faults faults, int scale) {
    public static final String DEFAULT_TOKEN = "sandbox-token";
    public static final String DEFAULT_KUPE_TENANT = "sandbox";

    public SandboxConfig {
        tokens = tokens == null || tokens.isEmpty() ? List.of(DEFAULT_TOKEN) : List.copyOf(tokens);
        provisioning = provisioning == null ? Duration.ofSeconds(20) : provisioning;
        clock = clock == null ? Clock.systemUTC() : clock;
        kupeTenant = kupeTenant == null || kupeTenant.isBlank() ? DEFAULT_KUPE_TENANT : kupeTenant;
        faults = faults == null ? Faults.NONE : faults;
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535");
        }
    }

    /** A free port, the default token, 20 s provisioning, sample data, the real clock. */
    public static SandboxConfig defaults() {
        return new SandboxConfig(0, null, null, false, null, null, null, 0);
    }

    public SandboxConfig withPort(int p) {
        return new SandboxConfig(p, tokens, provisioning, empty, clock, kupeTenant, faults, scale);
    }

    public SandboxConfig withTokens(List<String> t) {
        return new SandboxConfig(port, t, provisioning, empty, clock, kupeTenant, faults, scale);
    }

    public SandboxConfig withProvisioning(Duration d) {
        return new SandboxConfig(port, tokens, d, empty, clock, kupeTenant, faults, scale);
    }

    public SandboxConfig withEmpty(boolean e) {
        return new SandboxConfig(port, tokens, provisioning, e, clock, kupeTenant, faults, scale);
    }

    public SandboxConfig withKupeTenant(String t) {
        return new SandboxConfig(port, tokens, provisioning, empty, clock, t, faults, scale);
    }

    public SandboxConfig withFaults(Faults f) {
        return new SandboxConfig(port, tokens, provisioning, empty, clock, kupeTenant, f, scale);
    }

    /** Adds N access keys, N/10 clusters and N/10 buckets, for load tests and benchmarks. */
    public SandboxConfig withScale(int n) {
        return new SandboxConfig(port, tokens, provisioning, empty, clock, kupeTenant, faults, n);
    }

    public SandboxConfig withClock(Clock c) {
        return new SandboxConfig(port, tokens, provisioning, empty, c, kupeTenant, faults, scale);
    }
}
