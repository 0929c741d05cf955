package dev.weft.api;

import com.sun.net.httpserver.HttpsServer;
import dev.weft.testing.TestTls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server whose certificate chains to a certificate authority the user names (SSL_CERT_FILE, SSL_CERT_DIR, as
 * behind a proxy that inspects TLS) is trusted; any other is refused before the token is sent, in words.
 */
class TrustedCertificatesTest {
    @TempDir
    Path dir;
    private TestTls tls;
    private HttpsServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void serve() throws Exception {
        tls = TestTls.forHost("localhost", dir);
        server = tls.serveEmptyList(headers -> requests.incrementAndGet());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String api(String host) {
        return "https://" + host + ":" + server.getAddress().getPort();
    }

    @Test
    void aCertificateAuthorityNamedInSslCertFileOrDirIsTrusted() throws Exception {
        Path pem = tls.pem(dir.resolve("corp-ca.pem"));
        assertThat(ListClustersProcess.run(api("localhost"), Map.of("SSL_CERT_FILE", pem.toString()))).isEqualTo("0 clusters");
        Path certs = Files.createDirectories(dir.resolve("certs"));
        Files.copy(pem, certs.resolve("corp-ca.pem"));
        Files.writeString(certs.resolve("README"), "not a certificate");
        assertThat(ListClustersProcess.run(api("localhost"), Map.of("SSL_CERT_DIR", dir.resolve("none") + java.io.File.pathSeparator + certs)))
                .endsWith("0 clusters");
        assertThat(requests).hasValue(2);
    }

    @Test
    void anUntrustedCertificateIsRefusedOnceInWordsAndNothingIsSent() throws Exception {
        String said = ListClustersProcess.run(api("localhost"), Map.of());
        assertThat(said).as("one sentence, and no retry: the same certificate would be refused again").isEqualTo(PlainLanguage.describe(new ApiException(ApiException.Kind.UNTRUSTED_SERVER, 0, GrpcCode.UNAVAILABLE,
                "", null, null, "list clusters", null)));
        assertThat(said).contains("not one Weft trusts").contains("SSL_CERT_FILE");

        String otherName = ListClustersProcess.run(api("127.0.0.1"), Map.of("SSL_CERT_FILE", tls.pem(dir.resolve("ca.pem")).toString()));
        assertThat(otherName).as("a trusted certificate for another host name").contains("not one Weft trusts");
        assertThat(requests).as("the token never left").hasValue(0);
    }
}
