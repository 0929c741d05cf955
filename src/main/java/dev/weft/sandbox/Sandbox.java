package dev.weft.sandbox;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded emulator of the CoreWeave (and Kupe) APIs: a real HTTP server on loopback. The app
 * starts one in-process for a new user, the tests start one per class, and {@code weft emulator}
 * runs one on its own.
 */
public final class Sandbox implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Dispatcher dispatcher;

    private Sandbox(HttpServer server, ExecutorService executor, Dispatcher dispatcher) {
        this.server = server;
        this.executor = executor;
        this.dispatcher = dispatcher;
    }

    /** Turns fault injection on (or off with {@link Faults#NONE}) while the sandbox runs. */
    public void faults(Faults faults) {
        dispatcher.faults(faults);
    }

    public long faultsInjected() {
        return dispatcher.faultsInjected();
    }

    public static Sandbox start(SandboxConfig config) throws IOException {
        // Without TCP_NODELAY, small answers wait for the peer's delayed ACK: about 40 ms per request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // A client speaking TLS to this plain-http port (an https:// endpoint typed for it) sends a handshake the server
        // reads as a request line that never ends: the client waited out its connect timeout and tried again, ~30 s.
        // A request whose line and headers have not all come in 5 s is dropped instead (on loopback they take microseconds).
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", "5");
        }
        CksState cks = new CksState(config.clock(), config.provisioning());
        ObjectStorageState storage = new ObjectStorageState(config.clock());
        KupeState kupe = new KupeState(config.clock(), config.provisioning());
        KupeRoutes kupeRoutes = new KupeRoutes(kupe, config.kupeTenant());
        if (!config.empty()) {
            SampleData.seed(cks);
            ObjectStorageSampleData.seed(storage, Principals.of(config.tokens().get(0)));
            KupeSampleData.seed(kupe, kupeRoutes, config.kupeTenant());
        }
        if (config.scale() > 0) {
            ScaleData.seed(config.scale(), cks, storage);
        }
        Set<String> tokens = Set.copyOf(config.tokens());
        Dispatcher dispatcher = new Dispatcher(tokens::contains);
        new ClusterRoutes(cks).register(dispatcher);
        new VpcRoutes(cks).register(dispatcher);
        new ObjectStorageRoutes(storage).register(dispatcher);
        kupeRoutes.register(dispatcher);

        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 64);
        server.createContext("/", dispatcher);
        ExecutorService executor = Executors.newFixedThreadPool(8, daemonThreads());
        server.setExecutor(executor);
        server.start();
        dispatcher.faults(config.faults());
        return new Sandbox(server, executor, dispatcher);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL to give a client: {@code http://127.0.0.1:PORT}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "weft-sandbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
