package dev.weft.sandbox;

import java.time.Duration;
import java.util.Locale;

/**
 * Faults the sandbox injects on demand, to prove the client and the UI under bad networks:
 * latency with jitter, error answers (429 with Retry-After, 500, 503), dropped connections, and
 * truncated or malformed bodies. Parsed from {@code latency=200ms,jitter=100ms,error-rate=0.1,...}.
 */
public record Faults(Duration latency, Duration jitter, double errorRate, double resetRate, double malformedRate) {
    public static final Faults NONE = new Faults(Duration.ZERO, Duration.ZERO, 0, 0, 0);

    public Faults {
        for (double r : new double[]{errorRate, resetRate, malformedRate}) {
            if (r < 0 || r > 1) {
                throw new IllegalArgumentException("rates are between 0 and 1");
            }
        }
    }

    public boolean any() {
        return !equals(NONE);
    }

    public static Faults parse(String spec) {
        Faults f = NONE;
        if (spec == null || spec.isBlank()) {
            return f;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("a fault is name=value, not " + part);
            }
            String value = kv[1].strip();
            f = switch (kv[0].strip().toLowerCase(Locale.ROOT)) {
                case "latency" -> new Faults(millis(value), f.jitter, f.errorRate, f.resetRate, f.malformedRate);
                case "jitter" -> new Faults(f.latency, millis(value), f.errorRate, f.resetRate, f.malformedRate);
                case "error-rate" -> new Faults(f.latency, f.jitter, rate(value), f.resetRate, f.malformedRate);
                case "reset-rate" -> new Faults(f.latency, f.jitter, f.errorRate, rate(value), f.malformedRate);
                case "malformed-rate" -> new Faults(f.latency, f.jitter, f.errorRate, f.resetRate, rate(value));
                default -> throw new IllegalArgumentException("unknown fault " + kv[0]
                        + " (known: latency, jitter, error-rate, reset-rate, malformed-rate)");
            };
        }
        return f;
    }

    private static Duration millis(String v) {
        String n = v.endsWith("ms") ? v.substring(0, v.length() - 2) : v.endsWith("s") ? v.substring(0, v.length() - 1) + "000" : v;
        try {
            return Duration.ofMillis(Long.parseLong(n.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a duration: " + v + " (use e.g. 200ms)");
        }
    }

    private static double rate(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a rate: " + v + " (use e.g. 0.1)");
        }
    }
}
