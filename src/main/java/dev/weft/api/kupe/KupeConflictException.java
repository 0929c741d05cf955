package dev.weft.api.kupe;

import dev.weft.api.ApiException;

/**
 * A PATCH whose {@code If-Match} no longer matched (412): someone changed the cluster first. It
 * carries the server's current cluster and ETag, so the user can compare and decide; nothing was
 * changed on the server.
 */
public final class KupeConflictException extends ApiException {
    private final transient Versioned<KupeCluster> current;

    public KupeConflictException(ApiException cause, Versioned<KupeCluster> current) {
        super(cause);
        this.current = current;
    }

    public Versioned<KupeCluster> current() {
        return current;
    }
}
