package dev.weft.api;

import java.util.Objects;

/**
 * An API token. Its {@code toString} never shows the value, so it cannot slip into a log line or an
 * exception message by accident; only {@link #reveal()} gives it, and only the client's header and
 * the keychain call that.
 */
public final class ApiToken {
    /** Prefixes that say what kind of token it is and reveal nothing: CoreWeave's and Kupe's. */
    private static final java.util.List<String> KNOWN_PREFIXES = java.util.List.of("CW-SECRET-", "kupe_");

    private final String value;

    private ApiToken(String value) {
        this.value = value;
    }

    public static ApiToken of(String value) {
        Objects.requireNonNull(value, "token");
        if (value.isBlank()) {
            throw new IllegalArgumentException("the token is empty");
        }
        return new ApiToken(value.strip());
    }

    public String reveal() {
        return value;
    }

    /** A masked form for display, keeping the recognisable prefix: "CW-SECRET-…9f2c". */
    public String masked() {
        String prefix = KNOWN_PREFIXES.stream().filter(value::startsWith).findFirst().orElse("");
        String tail = value.length() > 12 ? value.substring(value.length() - 4) : "";
        return prefix + "…" + tail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiToken t && t.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "ApiToken[***]";
    }
}
