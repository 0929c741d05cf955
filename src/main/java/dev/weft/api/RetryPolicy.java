package dev.weft.api;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try an idempotent call again: on 429, 502, 503, 504 and failed connections, with jittered
 * exponential backoff, honouring the server's {@code Retry-After}, for a bounded number of attempts.
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);
    /** The longest Retry-After we wait out; beyond it the error is shown and the user decides. */
    static final Duration LONGEST_RETRY_AFTER = Duration.ofSeconds(30);

    /** The policy in api-notes: 4 attempts, backoff from 200 ms up to 5 s. */
    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    public boolean retryableStatus(int status) {
        return RETRYABLE.contains(status);
    }

    /**
     * The wait before attempt {@code attempt + 1}, or empty when the server asks for a longer wait
     * than we are willing to hold a request open for.
     */
    public Optional<Duration> delayAfter(int attempt, HttpHeaders headers) {
        Optional<Duration> asked = headers == null ? Optional.empty() : retryAfter(headers);
        if (asked.isPresent()) {
            return asked.get().compareTo(LONGEST_RETRY_AFTER) > 0 ? Optional.empty() : asked;
        }
        long cap = Math.min(maxDelay.toMillis(), baseDelay.toMillis() << Math.min(attempt - 1, 20));
        // "Full jitter": spreads the retries of many clients so they do not hit the server together.
        long wait = cap <= 0 ? 0 : cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
        return Optional.of(Duration.ofMillis(wait));
    }

    static Optional<Duration> retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(RetryPolicy::parseRetryAfter);
    }

    static Optional<Duration> parseRetryAfter(String value) {
        String v = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (RuntimeException notADate) {
                return Optional.empty();
            }
        }
    }
}
