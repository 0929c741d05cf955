package dev.weft.service;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiToken;
import dev.weft.api.cks.CksApi;
import dev.weft.api.kupe.KupeApi;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.api.vpc.VpcApi;
import dev.weft.profiles.Profile;
import dev.weft.profiles.Provider;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The active profile with a client for its endpoint: what every tab talks through. {@code token}
 * gives the token itself, only for what the user explicitly asks to hold it (an embedded kubeconfig).
 */
public record Session(Profile profile, URI endpoint, ApiClient client, Supplier<ApiToken> token) {

    public boolean isCoreWeave() {
        return profile.provider() == Provider.COREWEAVE;
    }

    public CksApi cks() {
        return new CksApi(client);
    }

    public VpcApi vpcs() {
        return new VpcApi(client);
    }

    public ObjectStorageApi storage() {
        return new ObjectStorageApi(client);
    }

    public KupeApi kupe() {
        return new KupeApi(client, profile.tenant() == null ? "" : profile.tenant());
    }
}
