package dev.weft.api;

import dev.weft.testing.SandboxFixture;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static dev.weft.testing.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

class TransportSecurityTest {
    private static final String TOKEN = "CW-SECRET-must-never-leak-1234";

    @Test
    void aTokenIsNeverSentOverPlainHttpToARemoteHost() {
        ApiClient c = ApiClient.builder(URI.create("http://api.example.com")).token(ApiToken.of(TOKEN)).build();
        ApiException e = failure(c.send(ApiRequest.get("/v1beta1/cks/clusters")));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.INSECURE_TRANSPORT);
        assertThat(e.getMessage()).doesNotContain(TOKEN);
        assertThat(e.userMessage()).contains("https");
    }

    @Test
    void whichHostsCountAsLoopback() {
        assertThat(Endpoints.safeForToken(URI.create("https://api.coreweave.com"))).isTrue();
        assertThat(Endpoints.safeForToken(URI.create("http://127.0.0.1:8080"))).isTrue();
        assertThat(Endpoints.safeForToken(URI.create("http://127.3.4.5"))).isTrue();
        assertThat(Endpoints.safeForToken(URI.create("http://localhost:9"))).isTrue();
        assertThat(Endpoints.safeForToken(URI.create("http://[::1]:8080"))).isTrue();
        assertThat(Endpoints.safeForToken(URI.create("http://10.0.0.1"))).isFalse();
        assertThat(Endpoints.safeForToken(URI.create("http://127.0.0.1.evil.example"))).isFalse();
        assertThat(Endpoints.safeForToken(URI.create("http://localhost.evil.example"))).isFalse();
        assertThat(Endpoints.safeForToken(URI.create("ftp://127.0.0.1"))).isFalse();
    }

    @Test
    void theTokenNeverAppearsInTextsAboutIt() {
        ApiToken t = ApiToken.of(TOKEN);
        assertThat(t.toString()).doesNotContain(TOKEN).doesNotContain("1234");
        assertThat(t.masked()).startsWith("CW-SECRET-").doesNotContain("must-never-leak");
    }

    @Test
    void errorsFromTheSandboxDoNotEchoTheToken() {
        try (SandboxFixture f = SandboxFixture.empty()) {
            ApiException e = failure(f.clientWith(TOKEN).send(ApiRequest.get("/v1beta1/cks/clusters")));
            assertThat(e.httpStatus()).isEqualTo(401);
            assertThat(e.getMessage()).doesNotContain(TOKEN);
            assertThat(e.userMessage()).doesNotContain(TOKEN);
        }
    }
}
