package dev.weft.testing;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

/**
 * A certificate of its own for a test server's host name, made with the JDK's keytool: the server's TLS, and
 * the certificate as PEM for a client told to trust it (verification stays on: the name and the chain are
 * checked).
 */
public final class TestTls {
    private static final char[] PASSWORD = "weft-test".toCharArray();
    private final KeyStore store;

    private TestTls(KeyStore store) {
        this.store = store;
    }

    public static TestTls forHost(String host, Path dir) throws Exception {
        Path file = dir.resolve("tls.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "server", "-keyalg", "EC", "-dname", "CN=" + host, "-ext", "SAN=dns:" + host,
                "-validity", "2", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD)).redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes());
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IOException("keytool failed: " + said);
        }
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            ks.load(in, PASSWORD);
        }
        return new TestTls(ks);
    }

    public SSLContext server() throws Exception {
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, PASSWORD);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        return tls;
    }

    /** The certificate as PEM in {@code file}, as SSL_CERT_FILE names a certificate authority's. */
    public Path pem(Path file) throws Exception {
        String base64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(store.getCertificate("server").getEncoded());
        return Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n");
    }

    /**
     * An HTTPS server on this computer under this certificate, answering every request with an empty list of
     * clusters and telling {@code seen} each request's headers. Stop it when done.
     */
    public com.sun.net.httpserver.HttpsServer serveEmptyList(java.util.function.Consumer<com.sun.net.httpserver.Headers> seen)
            throws Exception {
        var server = com.sun.net.httpserver.HttpsServer.create(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new com.sun.net.httpserver.HttpsConfigurator(server()));
        server.createContext("/", exchange -> {
            seen.accept(exchange.getRequestHeaders());
            byte[] body = "{\"items\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }
}
