package dev.weft.api.objectstorage;

import com.sun.net.httpserver.HttpServer;
import dev.weft.api.ApiClient;
import dev.weft.api.ApiToken;
import dev.weft.api.RetryPolicy;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;

import static dev.weft.testing.SandboxFixture.await;
import static dev.weft.testing.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** Against a server without the undocumented GET, the organization settings are "unknown", not guessed. */
class OrganizationSettingsUnknownTest {

    private static ObjectStorageApi against(int status) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            byte[] body = "{\"code\": 5, \"message\": \"not found\"}".getBytes();
            x.sendResponseHeaders(status, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        server.start();
        return new ObjectStorageApi(ApiClient.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .token(ApiToken.of("t")).retry(RetryPolicy.none()).build());
    }

    @Test
    void notFoundOrNotAllowedMeansUnknown() throws Exception {
        assertThat(await(against(404).getOrganizationSettings())).isEmpty();
        assertThat(await(against(405).getOrganizationSettings())).isEmpty();
    }

    @Test
    void otherFailuresStillFail() throws Exception {
        assertThat(failure(against(401).getOrganizationSettings()).httpStatus()).isEqualTo(401);
    }
}
