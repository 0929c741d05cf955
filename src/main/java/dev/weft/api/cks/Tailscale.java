package dev.weft.api.cks;

/** Tailscale settings; {@code tailnetDomain} is reported by the server. */
public record Tailscale(String clientId, String tailnetDomain) {
}
