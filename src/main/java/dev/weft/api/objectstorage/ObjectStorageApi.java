package dev.weft.api.objectstorage;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiException;
import dev.weft.api.ApiRequest;
import dev.weft.api.cks.CksApi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** AI Object Storage management under {@code /v1/cwobject} (seed 004). Request builders serve "copy as curl". */
public final class ObjectStorageApi {
    static final String BASE = "/v1/cwobject";

    private final ApiClient client;

    public ObjectStorageApi(ApiClient client) {
        this.client = client;
    }

    // ---- access keys ----

    public CompletableFuture<CreatedAccessKey> createAccessKey(CreateAccessKeyRequest request) {
        return client.send(createAccessKeyRequest(request), CreatedAccessKey.class);
    }

    public CompletableFuture<List<AccessKeyInfo>> listAccessKeys() {
        return listAccessKeys(java.util.stream.Collectors.toList());
    }

    /** The keys, each handed to {@code collector} as it is read: an organization can hold 100,000. */
    public <R> CompletableFuture<R> listAccessKeys(java.util.stream.Collector<? super AccessKeyInfo, ?, R> collector) {
        return client.sendList(ApiRequest.list(BASE + "/access-key"), "info", AccessKeyInfo.class, collector);
    }

    public CompletableFuture<AccessKeyInfo> getAccessKey(String accessKeyId) {
        return client.send(getAccessKeyRequest(accessKeyId), AccessKeyInfo.One.class).thenApply(AccessKeyInfo.One::info);
    }

    public CompletableFuture<Void> revokeAccessKey(String accessKeyId) {
        return client.send(revokeAccessKeyRequest(accessKeyId)).thenApply(r -> null);
    }

    public CompletableFuture<Void> revokePrincipal(String principalName) {
        return client.send(revokePrincipalRequest(principalName)).thenApply(r -> null);
    }

    public CompletableFuture<CreatedAccessKey> samlCredentials(SamlCredentialsRequest request) {
        return client.send(samlRequest(request), CreatedAccessKey.class);
    }

    public static ApiRequest createAccessKeyRequest(CreateAccessKeyRequest request) {
        return ApiRequest.post(BASE + "/access-key", request);
    }

    public static ApiRequest getAccessKeyRequest(String accessKeyId) {
        return ApiRequest.get(BASE + "/access-key/" + CksApi.segment(accessKeyId));
    }

    public static ApiRequest revokeAccessKeyRequest(String accessKeyId) {
        return ApiRequest.post(BASE + "/revoke-access-key/access-key", Map.of("accessKey", accessKeyId));
    }

    public static ApiRequest revokePrincipalRequest(String principalName) {
        return ApiRequest.post(BASE + "/revoke-access-key/principal", Map.of("principalName", principalName));
    }

    public static ApiRequest samlRequest(SamlCredentialsRequest request) {
        return ApiRequest.post(BASE + "/temporary-credentials/saml", request);
    }

    // ---- access policies ----

    public CompletableFuture<List<AccessPolicy>> listPolicies() {
        return client.send(ApiRequest.list(BASE + "/access-policy"), AccessPolicy.Many.class).thenApply(AccessPolicy.Many::policies);
    }

    public CompletableFuture<Void> ensurePolicy(AccessPolicy policy) {
        return client.send(ensurePolicyRequest(policy)).thenApply(r -> null);
    }

    public CompletableFuture<Void> deletePolicy(String name) {
        return client.send(deletePolicyRequest(name)).thenApply(r -> null);
    }

    public static ApiRequest ensurePolicyRequest(AccessPolicy policy) {
        return ApiRequest.post(BASE + "/access-policy", new AccessPolicy.Ensure(policy));
    }

    public static ApiRequest deletePolicyRequest(String name) {
        return ApiRequest.delete(BASE + "/access-policy/" + CksApi.segment(name));
    }

    // ---- buckets and settings ----

    public CompletableFuture<List<BucketInfo>> listBuckets() {
        return client.send(ApiRequest.list(BASE + "/bucket-info"), BucketInfo.Many.class).thenApply(BucketInfo.Many::info);
    }

    public CompletableFuture<BucketInfo> getBucket(String name) {
        return client.send(ApiRequest.get(BASE + "/bucket-info/" + CksApi.segment(name)), BucketInfo.One.class)
                .thenApply(BucketInfo.One::info);
    }

    public CompletableFuture<BucketSettings> setBucketSettings(String bucketName, BucketSettings settings) {
        return client.send(bucketSettingsRequest(bucketName, settings), BucketSettings.Envelope.class)
                .thenApply(BucketSettings.Envelope::settings);
    }

    public CompletableFuture<OrganizationSettings> setOrganizationSettings(OrganizationSettings settings) {
        return client.send(organizationSettingsRequest(settings), OrganizationSettings.Envelope.class)
                .thenApply(OrganizationSettings.Envelope::settings);
    }

    /**
     * The organization settings, or empty when the server cannot report them: GET is not documented,
     * so a server without it answers 404, 405 or 501 and the state is shown as unknown, not guessed.
     */
    public CompletableFuture<Optional<OrganizationSettings>> getOrganizationSettings() {
        return client.send(ApiRequest.get(BASE + "/organization/settings"), OrganizationSettings.Envelope.class)
                .thenApply(e -> Optional.ofNullable(e.settings()))
                .exceptionally(t -> {
                    Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
                    if (cause instanceof ApiException a && List.of(404, 405, 501).contains(a.httpStatus())) {
                        return Optional.empty();
                    }
                    throw cause instanceof RuntimeException r ? r : new CompletionException(cause);
                });
    }

    public static ApiRequest bucketSettingsRequest(String bucketName, BucketSettings settings) {
        return ApiRequest.put(BASE + "/bucket/settings", new BucketSettings.Update(bucketName, settings));
    }

    public static ApiRequest organizationSettingsRequest(OrganizationSettings settings) {
        return ApiRequest.put(BASE + "/organization/settings", new OrganizationSettings.Envelope(settings));
    }
}
