package dev.weft.reliability;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiToken;
import dev.weft.api.cks.CksApi;
import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.sandbox.EmulatorCommand;
import dev.weft.sandbox.Faults;
import dev.weft.sandbox.Sandbox;
import dev.weft.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code emulator --scale N}: N keys, N/10 clusters and N/10 buckets, served through the real API. */
class ScaleTest {
    @Test
    void tenThousandKeysAThousandClustersAndBuckets() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withEmpty(true).withScale(10_000))) {
            ApiClient c = ApiClient.builder(sandbox.baseUri()).token(ApiToken.of("sandbox-token")).build();
            List<AccessKeyInfo> keys = new ObjectStorageApi(c).listAccessKeys().get(60, TimeUnit.SECONDS);
            assertThat(keys).hasSize(10_000);
            assertThat(keys.stream().map(AccessKeyInfo::status).distinct()).contains("ACTIVE", "EXPIRED", "REVOKED");
            assertThat(new CksApi(c).list().get(60, TimeUnit.SECONDS)).hasSize(1_000);
            assertThat(new ObjectStorageApi(c).listBuckets().get(60, TimeUnit.SECONDS)).hasSize(1_000);
        }
    }

    @Test
    void aLongListIsSentWithItsLengthAsGrpcGatewaySendsIt() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withEmpty(true).withScale(1_000))) {
            var http = java.net.http.HttpClient.newHttpClient();
            java.util.function.Function<String, java.net.http.HttpResponse<byte[]>> get = path -> http.sendAsync(
                    java.net.http.HttpRequest.newBuilder(sandbox.baseUri().resolve(path))
                            .header("Authorization", "Bearer sandbox-token").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray()).join();
            var longList = get.apply("/v1/cwobject/access-key");
            assertThat(longList.headers().firstValue("Transfer-Encoding")).isEmpty();
            assertThat(longList.headers().firstValue("Content-Length")).hasValue(String.valueOf(longList.body().length));
            assertThat(dev.weft.api.Json.MAPPER.readTree(longList.body()).get("info").size()).isEqualTo(1_000);
            var shortAnswer = get.apply("/v1/cwobject/organization/settings");
            assertThat(shortAnswer.headers().firstValue("Content-Length")).hasValue(String.valueOf(shortAnswer.body().length));
        }
    }

    @Test
    void theEmulatorTakesScaleAndFaults() {
        SandboxConfig config = EmulatorCommand.parse(List.of("--scale", "100", "--faults", "error-rate=0.2,latency=50ms"));
        assertThat(config.scale()).isEqualTo(100);
        assertThat(config.faults().errorRate()).isEqualTo(0.2);
        assertThat(config.faults()).isNotEqualTo(Faults.NONE);
    }
}
