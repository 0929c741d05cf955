package dev.weft.api.kupe;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiException;
import dev.weft.api.ApiRequest;
import dev.weft.api.ApiResponse;
import dev.weft.api.cks.CksApi;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Kupe Cloud clusters of one tenant under {@code /api/v1/tenants/{tenant}/clusters} (seed 003). */
public final class KupeApi {
    private final ApiClient client;
    private final String base;

    public KupeApi(ApiClient client, String tenant) {
        this.client = client;
        this.base = "/api/v1/tenants/" + CksApi.segment(tenant) + "/clusters";
    }

    public CompletableFuture<List<KupeCluster>> list() {
        return client.send(ApiRequest.list(base), KupeCluster.Items.class).thenApply(KupeCluster.Items::items);
    }

    public CompletableFuture<Versioned<KupeCluster>> get(String name) {
        return client.send(ApiRequest.get(path(name))).thenApply(KupeApi::versioned);
    }

    /** Creates; the server answers 201 with the cluster and its first ETag. */
    public CompletableFuture<Versioned<KupeCluster>> create(KupeCluster.Spec spec) {
        return client.send(createRequest(spec)).thenApply(KupeApi::versioned);
    }

    /**
     * Changes only what {@code patch} holds. With an ETag the change applies only if nobody changed
     * the cluster since; otherwise it fails with {@link KupeConflictException} carrying the current one.
     */
    public CompletableFuture<Versioned<KupeCluster>> patch(String name, KupeCluster.Patch patch, String ifMatch) {
        return client.send(patchRequest(name, patch, ifMatch)).thenApply(KupeApi::versioned)
                .exceptionallyCompose(t -> {
                    ApiException e = unwrap(t);
                    if (e != null && e.httpStatus() == 412) {
                        return get(name).thenApply(current -> {
                            throw new KupeConflictException(e, current);
                        });
                    }
                    return CompletableFuture.failedFuture(e != null ? e : t);
                });
    }

    /** Deletes; the server answers 204 and the cluster goes Terminating, then away. */
    public CompletableFuture<Void> delete(String name) {
        return client.send(deleteRequest(name)).thenApply(r -> null);
    }

    /** Connection details, or {@link Connection.NotReady} while the cluster is not running (503). */
    public CompletableFuture<Connection> connection(String name) {
        // A 503 here is the documented "not ready yet", an answer rather than a fault: not retried.
        return client.send(ApiRequest.get(path(name) + "/kubeconfig").withoutRetries())
                .thenApply(r -> (Connection) r.read(Connection.Ready.class))
                .exceptionallyCompose(t -> {
                    ApiException e = unwrap(t);
                    if (e != null && e.httpStatus() == 503) {
                        return CompletableFuture.completedFuture(new Connection.NotReady(e.serverMessage(), e.retryAfter().orElse(null)));
                    }
                    return CompletableFuture.failedFuture(e != null ? e : t);
                });
    }

    public ApiRequest createRequest(KupeCluster.Spec spec) {
        return ApiRequest.post(base, spec);
    }

    public ApiRequest patchRequest(String name, KupeCluster.Patch patch, String ifMatch) {
        ApiRequest r = ApiRequest.patch(path(name), patch);
        return ifMatch == null ? r : r.withHeader("If-Match", ifMatch);
    }

    public ApiRequest deleteRequest(String name) {
        return ApiRequest.delete(path(name));
    }

    public ApiRequest listRequest() {
        return ApiRequest.list(base);
    }

    private String path(String name) {
        return base + "/" + CksApi.segment(name);
    }

    private static Versioned<KupeCluster> versioned(ApiResponse r) {
        return new Versioned<>(r.read(KupeCluster.class), r.header("ETag").orElse(null));
    }

    private static ApiException unwrap(Throwable t) {
        Throwable c = t;
        while (c instanceof CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        return c instanceof ApiException a ? a : null;
    }
}
