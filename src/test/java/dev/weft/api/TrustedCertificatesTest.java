package dev.weft.api;

import com.sun.net.httpserver.HttpsServer;
import dev.weft.testing.TestTls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.altindag.ssl.util.CertificateUtils;
import nl.altindag.ssl.util.TrustManagerUtils;

import javax.net.ssl.SSLContext;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void theSystemsCertificatesAreReadOnlyForAServerTheJdksRootsDoNotVouchFor() throws Exception {
        X509ExtendedTrustManager testCa = TrustManagerUtils.createTrustManager(CertificateUtils.loadCertificate(tls.pem(dir.resolve("ca.pem")))
                .stream().map(X509Certificate.class::cast).toList());
        AtomicInteger reads = new AtomicInteger();
        Supplier<Optional<X509ExtendedTrustManager>> others = () -> {
            reads.incrementAndGet();
            return Optional.of(testCa);
        };

        assertThat(statusThrough(TrustedCertificates.context(testCa, others))).isEqualTo(200);
        assertThat(reads).as("the first trust manager vouched: nothing else read").hasValue(0);

        SSLContext jdkRootsFirst = TrustedCertificates.context(TrustManagerUtils.createTrustManagerWithJdkTrustedCertificates(), others);
        assertThat(statusThrough(jdkRootsFirst)).isEqualTo(200);
        assertThat(statusThrough(jdkRootsFirst)).as("a second connection").isEqualTo(200);
        assertThat(reads).as("read when the JDK's roots did not vouch, and only once").hasValue(1);

        SSLContext nothingElse = TrustedCertificates.context(TrustManagerUtils.createTrustManagerWithJdkTrustedCertificates(), Optional::empty);
        assertThatThrownBy(() -> statusThrough(nothingElse)).isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
        assertThat(requests).hasValue(3);
    }

    /** A new connection's status, through {@code tls}. */
    private int statusThrough(SSLContext tls) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
        return client.send(HttpRequest.newBuilder(URI.create(api("localhost") + "/v1beta1/cks/clusters")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
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
