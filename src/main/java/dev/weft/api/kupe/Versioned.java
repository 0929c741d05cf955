package dev.weft.api.kupe;

/** A value with the ETag the server gave it, to send back in {@code If-Match}. */
public record Versioned<T>(T value, String etag) {
}
