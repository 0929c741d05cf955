package dev.weft.api.cks;

/** An authentication or authorization webhook: its server URL and an optional base64 CA. */
public record Webhook(String server, String ca) {
}
