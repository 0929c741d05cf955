package dev.weft.api.vpc;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiRequest;
import dev.weft.api.cks.CksApi;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** VPCs under {@code /v1beta1/networking/vpcs}. */
public final class VpcApi {
    static final String VPCS = "/v1beta1/networking/vpcs";

    private final ApiClient client;

    public VpcApi(ApiClient client) {
        this.client = client;
    }

    public CompletableFuture<List<Vpc>> list() {
        return client.send(listRequest(), Vpc.Items.class).thenApply(Vpc.Items::items);
    }

    public static ApiRequest listRequest() {
        return ApiRequest.list(VPCS);
    }

    public CompletableFuture<Vpc> get(String id) {
        return client.send(ApiRequest.get(VPCS + "/" + CksApi.segment(id)), Vpc.Envelope.class).thenApply(Vpc.Envelope::vpc);
    }

    public CompletableFuture<Vpc> create(Vpc.Create vpc) {
        return client.send(createRequest(vpc), Vpc.Envelope.class).thenApply(Vpc.Envelope::vpc);
    }

    public CompletableFuture<Vpc> delete(String id) {
        return client.send(deleteRequest(id), Vpc.Envelope.class).thenApply(Vpc.Envelope::vpc);
    }

    public static ApiRequest deleteRequest(String id) {
        return ApiRequest.delete(VPCS + "/" + CksApi.segment(id));
    }

    public static ApiRequest createRequest(Vpc.Create vpc) {
        return ApiRequest.post(VPCS, vpc);
    }
}
