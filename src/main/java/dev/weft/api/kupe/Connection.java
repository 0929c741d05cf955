package dev.weft.api.kupe;

import java.time.Duration;

/** The answer to "how do I connect to this cluster?": the details, or "not ready yet". */
public sealed interface Connection {

    /** The API endpoint and its CA (base64 PEM), from which Weft builds a kubeconfig. */
    record Ready(String endpoint, String certificateAuthority) implements Connection {
    }

    /** The cluster is not running yet (503); ask again after {@code retryAfter} when given. */
    record NotReady(String message, Duration retryAfter) implements Connection {
    }
}
