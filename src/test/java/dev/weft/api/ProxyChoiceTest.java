package dev.weft.api;

import com.sun.net.httpserver.HttpsServer;
import dev.weft.testing.TestTls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests go through the proxy the environment (or else the system) names, as curl's and Go's do. */
class ProxyChoiceTest {
    private static final Proxy SYSTEMS = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("system.proxy", 8080));
    private final AtomicInteger systemAsked = new AtomicInteger();

    private ProxyChoice choice(Map<String, String> env) {
        return new ProxyChoice(env, () -> {
            systemAsked.incrementAndGet();
            return new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    return List.of(SYSTEMS);
                }

                @Override
                public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                }
            };
        });
    }

    private static String via(ProxyChoice choice, String url) {
        Proxy p = choice.select(URI.create(url)).get(0);
        return p.type() == Proxy.Type.DIRECT ? "direct" : p.address().toString().replace("/<unresolved>", "");
    }

    @Test
    void theEnvironmentsProxyForTheSchemeElseTheSystemsAndNeverOneForThisComputer() {
        ProxyChoice none = choice(Map.of());
        assertThat(via(none, "https://api.coreweave.com/v1beta1/cks/clusters")).isEqualTo("system.proxy:8080");
        systemAsked.set(0);
        assertThat(via(none, "http://127.0.0.1:8080/")).isEqualTo("direct");
        assertThat(via(none, "http://localhost:8080/")).isEqualTo("direct");
        assertThat(via(none, "http://[::1]:8080/")).isEqualTo("direct");
        assertThat(systemAsked).as("the system's settings are not read for this computer").hasValue(0);

        ProxyChoice env = choice(Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "http_proxy", "plain.corp"));
        assertThat(via(env, "https://api.coreweave.com/")).isEqualTo("proxy.corp:3128");
        assertThat(via(env, "http://api.example.com/")).as("lower case, no scheme: http, port 80").isEqualTo("plain.corp:80");
        assertThat(via(env, "https://127.0.0.1:9443/")).isEqualTo("direct");

        assertThat(via(choice(Map.of("HTTPS_PROXY", "http://upper:1", "https_proxy", "http://lower:2")), "https://a.b/"))
                .isEqualTo("upper:1");
        assertThat(via(choice(Map.of("HTTPS_PROXY", "socks5://socks.corp:1080")), "https://a.b/"))
                .as("a proxy the JDK's client cannot speak to is not used").isEqualTo("system.proxy:8080");
    }

    @Test
    void noProxyNamesHostsTheirSubdomainsRangesAndPortsAsGoReadsIt() {
        ProxyChoice c = choice(Map.of("HTTPS_PROXY", "http://proxy.corp:3128",
                "NO_PROXY", " coreweave.com, .kupe.cloud,10.0.0.0/8, internal.corp:8443 ,fd00::/8"));
        assertThat(via(c, "https://api.coreweave.com/")).isEqualTo("direct");
        assertThat(via(c, "https://coreweave.com/")).isEqualTo("direct");
        assertThat(via(c, "https://notcoreweave.com/")).isEqualTo("proxy.corp:3128");
        assertThat(via(c, "https://api.kupe.cloud/")).isEqualTo("direct");
        assertThat(via(c, "https://10.1.2.3/")).isEqualTo("direct");
        assertThat(via(c, "https://11.1.2.3/")).isEqualTo("proxy.corp:3128");
        assertThat(via(c, "https://[fd00::5]/")).isEqualTo("direct");
        assertThat(via(c, "https://internal.corp:8443/")).isEqualTo("direct");
        assertThat(via(c, "https://internal.corp/")).as("another port").isEqualTo("proxy.corp:3128");
        assertThat(via(choice(Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "no_proxy", "*")), "https://a.b/")).isEqualTo("direct");
        assertThat(via(choice(Map.of("NO_PROXY", "coreweave.com")), "https://api.coreweave.com/"))
                .as("nor the system's proxy for a host NO_PROXY names").isEqualTo("direct");
    }

    @Test
    void credentialsInTheProxysUrlGoToThatProxyOnly() {
        ProxyChoice c = choice(Map.of("HTTPS_PROXY", "http://alice:p%40ss+word@proxy.corp:3128", "NO_PROXY", "internal.corp"));
        assertThat(c.hasCredentials()).isTrue();
        assertThat(c.authorizationFor(URI.create("https://api.coreweave.com/")))
                .hasValue("Basic " + Base64.getEncoder().encodeToString("alice:p@ss+word".getBytes(StandardCharsets.UTF_8)));
        assertThat(c.authorizationFor(URI.create("https://internal.corp/"))).isEmpty();
        assertThat(c.authorizationFor(URI.create("http://127.0.0.1:8080/"))).isEmpty();
        assertThat(choice(Map.of("HTTPS_PROXY", "http://proxy.corp:3128")).authorizationFor(URI.create("https://a.b/"))).isEmpty();
        assertThat(choice(Map.of("HTTPS_PROXY", "http://proxy.corp:3128")).hasCredentials()).isFalse();
    }

    /**
     * The whole way, in a Weft process of its own whose environment names a proxy with credentials: the client
     * opens a tunnel through a real proxy that asks for them, and speaks TLS through it to a server whose
     * certificate names the host; the proxy's credentials reach the proxy only, the token the server only.
     */
    @Test
    void aRequestGoesThroughTheProxysTunnelWithItsCredentialsAndTheTokenReachesOnlyTheServer(@TempDir Path dir) throws Exception {
        String host = "api.weft.test";
        TestTls tls = TestTls.forHost(host, dir);
        List<Map<String, List<String>>> serverSaw = new CopyOnWriteArrayList<>();
        HttpsServer server = tls.serveEmptyList(headers -> serverSaw.add(Map.copyOf(headers)));
        try (TestProxy proxy = new TestProxy("alice", "s3cret", server.getAddress().getPort())) {
            String api = "https://" + host + ":" + server.getAddress().getPort();
            String trusted = tls.pem(dir.resolve("ca.pem")).toString();
            assertThat(ListClustersProcess.run(api, Map.of("HTTPS_PROXY", "http://alice:s3cret@127.0.0.1:" + proxy.port(),
                    "SSL_CERT_FILE", trusted))).isEqualTo("0 clusters");
            assertThat(proxy.requests).singleElement().satisfies(r -> assertThat(r)
                    .startsWith("CONNECT " + host + ":" + server.getAddress().getPort() + " HTTP/1.1")
                    .containsIgnoringCase("Proxy-Authorization: Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8)))
                    .doesNotContain("CW-SECRET"));
            assertThat(serverSaw).singleElement().satisfies(h -> {
                assertThat(h.get("Authorization")).containsExactly("Bearer CW-SECRET-token");
                assertThat(h.keySet()).noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("proxy-"));
            });

            String refused = ListClustersProcess.run(api, Map.of("HTTPS_PROXY", "http://alice:wrong@127.0.0.1:" + proxy.port(),
                    "SSL_CERT_FILE", trusted));
            assertThat(refused).contains("proxy").doesNotContain("wrong");
            assertThat(serverSaw).as("nothing reached the server past a proxy that refused").hasSize(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aProxyThatCannotBeReachedIsNamedInTheError() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String said = ListClustersProcess.run("https://api.weft.test", Map.of("HTTPS_PROXY", "http://alice:s3cret@127.0.0.1:" + closed));
        assertThat(said.lines().reduce((a, b) -> b).orElse("")).startsWith("Could not reach the server")
                .contains("at the proxy 127.0.0.1:" + closed).doesNotContain("s3cret");
    }

    /** An HTTP proxy that opens CONNECT tunnels to one port of this computer, for the right credentials only. */
    private static final class TestProxy implements AutoCloseable {
        final List<String> requests = new CopyOnWriteArrayList<>();
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final String expected;
        private final int target;

        TestProxy(String user, String password, int target) throws IOException {
            this.expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            this.target = target;
            Thread t = new Thread(this::serve, "test-proxy");
            t.setDaemon(true);
            t.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    Thread t = new Thread(() -> tunnel(client), "test-proxy-tunnel");
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private void tunnel(Socket client) {
            try (client) {
                BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
                List<String> lines = new ArrayList<>();
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    lines.add(line);
                }
                requests.add(String.join("\r\n", lines));
                OutputStream out = client.getOutputStream();
                boolean allowed = lines.stream().anyMatch(l -> l.equalsIgnoreCase("Proxy-Authorization: " + expected));
                if (!lines.get(0).startsWith("CONNECT ") || !allowed) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
                            + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    return;
                }
                try (Socket server = new Socket(InetAddress.getLoopbackAddress(), target)) {
                    out.write("HTTP/1.1 200 Connection established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                    Thread up = new Thread(() -> pump(client, server));
                    up.setDaemon(true);
                    up.start();
                    pump(server, client);
                }
            } catch (IOException e) {
                // the client or server went away: the tunnel ends
            }
        }

        private static void pump(Socket from, Socket to) {
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                byte[] buffer = new byte[16384];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
                to.shutdownOutput();
            } catch (IOException e) {
                // one side closed
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
