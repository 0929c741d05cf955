package dev.weft.api.cks;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** CKS clusters under {@code /v1beta1/cks/clusters}. The request builders also serve "copy as curl". */
public final class CksApi {
    static final String CLUSTERS = "/v1beta1/cks/clusters";

    private final ApiClient client;

    public CksApi(ApiClient client) {
        this.client = client;
    }

    public CompletableFuture<List<Cluster>> list() {
        return client.send(listRequest(), Cluster.Items.class).thenApply(Cluster.Items::items);
    }

    public CompletableFuture<Cluster> get(String id) {
        return client.send(getRequest(id), Cluster.Envelope.class).thenApply(Cluster.Envelope::cluster);
    }

    public CompletableFuture<Cluster> create(CreateClusterRequest request) {
        return client.send(createRequest(request), Cluster.Envelope.class).thenApply(Cluster.Envelope::cluster);
    }

    public CompletableFuture<Cluster> update(ClusterUpdate update) {
        return client.send(updateRequest(update), Cluster.Envelope.class).thenApply(Cluster.Envelope::cluster);
    }

    public CompletableFuture<Cluster> delete(String id) {
        return client.send(deleteRequest(id), Cluster.Envelope.class).thenApply(Cluster.Envelope::cluster);
    }

    public static ApiRequest listRequest() {
        return ApiRequest.list(CLUSTERS);
    }

    public static ApiRequest getRequest(String id) {
        return ApiRequest.get(CLUSTERS + "/" + segment(id));
    }

    public static ApiRequest createRequest(CreateClusterRequest request) {
        return ApiRequest.post(CLUSTERS, request);
    }

    public static ApiRequest updateRequest(ClusterUpdate update) {
        return ApiRequest.patch(CLUSTERS + "/" + segment(update.id()), update);
    }

    public static ApiRequest deleteRequest(String id) {
        return ApiRequest.delete(CLUSTERS + "/" + segment(id));
    }

    /** A path segment, encoded so an id can never change which resource a request names. */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
