package dev.weft.sandbox;

import java.time.Duration;
import java.util.Locale;

/**
 * Faults the sandbox injects on demand, to prove the client and the UI under bad networks:
 * latency with jitter, error answers (429 with Retry-After, 500, 503), dropped connections,
 * truncated or malformed bodies, answers lost after the change was made, and a slow link. Parsed from
 * {@code latency=200ms,jitter=100ms,error-rate=0.1,...,bandwidth=100Mbit/s}.
 *
 * @param resetRate the share of requests whose connection drops before the sandbox does anything
 * @param lostRate  the share of changes (POST, PUT, PATCH, DELETE) made whose answer is lost: the connection
 *                  drops after the work, as a real network can, so the client cannot tell whether it was done
 * @param bandwidth bytes per second the answers' bodies go out at; 0 for as fast as they can
 */
public record Faults(Duration latency, Duration jitter, double errorRate, double resetRate, double malformedRate,
                     double lostRate, long bandwidth) {
    public static final Faults NONE = new Faults(Duration.ZERO, Duration.ZERO, 0, 0, 0, 0, 0);

    public Faults {
        for (double r : new double[]{errorRate, resetRate, malformedRate, lostRate}) {
            if (r < 0 || r > 1) {
                throw new IllegalArgumentException("rates are between 0 and 1");
            }
        }
        if (bandwidth < 0) {
            throw new IllegalArgumentException("a bandwidth is not negative");
        }
    }

    /** Without lost answers or a bandwidth limit. */
    public Faults(Duration latency, Duration jitter, double errorRate, double resetRate, double malformedRate) {
        this(latency, jitter, errorRate, resetRate, malformedRate, 0, 0);
    }

    public boolean any() {
        return !equals(NONE);
    }

    public static Faults parse(String spec) {
        Duration latency = Duration.ZERO;
        Duration jitter = Duration.ZERO;
        double errorRate = 0;
        double resetRate = 0;
        double malformedRate = 0;
        double lostRate = 0;
        long bandwidth = 0;
        for (String part : spec == null || spec.isBlank() ? new String[0] : spec.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("a fault is name=value, not " + part);
            }
            String value = kv[1].strip();
            switch (kv[0].strip().toLowerCase(Locale.ROOT)) {
                case "latency" -> latency = millis(value);
                case "jitter" -> jitter = millis(value);
                case "error-rate" -> errorRate = rate(value);
                case "reset-rate" -> resetRate = rate(value);
                case "malformed-rate" -> malformedRate = rate(value);
                case "lost-rate" -> lostRate = rate(value);
                case "bandwidth" -> bandwidth = bytesPerSecond(value);
                default -> throw new IllegalArgumentException("unknown fault " + kv[0]
                        + " (known: latency, jitter, error-rate, reset-rate, malformed-rate, lost-rate, bandwidth)");
            }
        }
        return new Faults(latency, jitter, errorRate, resetRate, malformedRate, lostRate, bandwidth);
    }

    /**
     * {@code 100Mbit/s} (or {@code 100Mb/s}), {@code 12MB/s}, {@code 500kB/s}, or plain bytes per second:
     * B is a byte, b a bit, and the prefixes are decimal, as links are sold.
     */
    private static long bytesPerSecond(String v) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKmMgG]?)(B|bit|b)?(?:/s)?")
                .matcher(v.strip());
        if (!m.matches() || Double.parseDouble(m.group(1)) <= 0) {
            throw new IllegalArgumentException("not a bandwidth: " + v + " (use e.g. 100Mbit/s or 12MB/s)");
        }
        double n = Double.parseDouble(m.group(1)) * switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "g" -> 1e9;
            default -> 1;
        };
        return Math.max(1, Math.round("bit".equals(m.group(3)) || "b".equals(m.group(3)) ? n / 8 : n));
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
