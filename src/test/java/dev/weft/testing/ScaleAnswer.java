package dev.weft.testing;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiRequest;
import dev.weft.api.ApiToken;
import dev.weft.sandbox.Sandbox;
import dev.weft.sandbox.SandboxConfig;

import java.util.concurrent.TimeUnit;

/** The bytes of the access-key list that {@code emulator --scale N} sends, for benchmarks of what is done with them. */
public final class ScaleAnswer {
    private ScaleAnswer() {
    }

    public static byte[] accessKeys(int n) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withEmpty(true).withScale(n))) {
            ApiClient client = ApiClient.builder(sandbox.baseUri()).token(ApiToken.of(SandboxConfig.DEFAULT_TOKEN)).build();
            return client.send(ApiRequest.get("/v1/cwobject/access-key")).get(60, TimeUnit.SECONDS).body();
        }
    }
}
