package dev.weft.reliability;

import com.sun.net.httpserver.HttpServer;
import dev.weft.api.ApiClient;
import dev.weft.api.ApiException;
import dev.weft.api.ApiRequest;
import dev.weft.api.ApiToken;
import dev.weft.api.RetryPolicy;
import dev.weft.api.cks.CksApi;
import dev.weft.api.kupe.KupeApi;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.sandbox.Sandbox;
import dev.weft.sandbox.SandboxConfig;
import dev.weft.testing.Mutations;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Thousands of responses mutated from real ones: the client's parsing only ever fails with ApiException. */
class ResponseFuzzTest {
    private static final List<Class<?>> SHAPES = List.of(dev.weft.api.cks.Cluster.Items.class, dev.weft.api.cks.Cluster.Envelope.class,
            dev.weft.api.objectstorage.BucketInfo.Many.class,
            dev.weft.api.objectstorage.AccessPolicy.Many.class, dev.weft.api.kupe.KupeCluster.Items.class,
            dev.weft.api.kupe.KupeCluster.class, dev.weft.api.objectstorage.CreatedAccessKey.class,
            dev.weft.api.vpc.Vpc.Items.class, dev.weft.api.objectstorage.OrganizationSettings.Envelope.class);

    @Test
    void tenThousandMutatedBodiesThroughTheParser() throws Exception {
        List<String> originals = realBodies();
        java.net.http.HttpHeaders none = java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true);
        Random r = new Random(11);
        int refused = 0;
        for (int i = 0; i < 10_000; i++) {
            String body = mutate(originals.get(r.nextInt(originals.size())), r);
            dev.weft.api.ApiResponse response = new dev.weft.api.ApiResponse(200, none, body.getBytes(StandardCharsets.UTF_8), "GET /fuzz");
            try {
                response.read(SHAPES.get(r.nextInt(SHAPES.size())));
            } catch (ApiException expected) {
                refused++;
            }
        }
        assertThat(refused).as("mutations did break some bodies").isPositive();
    }

    private static List<String> realBodies() throws Exception {
        List<String> originals = new ArrayList<>();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults())) {
            ApiClient real = ApiClient.builder(sandbox.baseUri()).token(ApiToken.of("sandbox-token")).build();
            for (String path : List.of("/v1beta1/cks/clusters", "/v1/cwobject/access-key", "/v1/cwobject/bucket-info",
                    "/v1/cwobject/access-policy", "/api/v1/tenants/sandbox/clusters", "/v1beta1/networking/vpcs",
                    "/api/v1/tenants/sandbox/clusters/production", "/v1/cwobject/organization/settings")) {
                originals.add(new String(real.send(ApiRequest.get(path)).get(10, TimeUnit.SECONDS).body(), StandardCharsets.UTF_8));
            }
        }
        return originals;
    }

    @Test
    void overHttpTheApiCallsOnlyFailWithApiException() throws Exception {
        overHttp(realBodies(), List.of(c -> new CksApi(c).list(),
                c -> new ObjectStorageApi(c).listAccessKeys(), c -> new ObjectStorageApi(c).listBuckets(),
                c -> new ObjectStorageApi(c).listPolicies(), c -> new KupeApi(c, "sandbox").list(), c -> new CksApi(c).get("x")), 300);
    }

    /** The key list is read an element at a time, each keyed as it comes (as the Access Keys tab does), not as one value. */
    @Test
    void overHttpTheKeyListReadAsItArrivesOnlyFailsWithApiException() throws Exception {
        String keys = realBodies().get(1);
        assertThat(keys).startsWith("{\"info\":[");
        overHttp(List.of(keys), List.of(c -> new ObjectStorageApi(c).listAccessKeys(
                dev.weft.ui.common.Rows.Fresh.collector(dev.weft.api.objectstorage.AccessKeyInfo::accessKeyId, 0))), 2_000);
    }

    /** {@code n} bodies mutated from {@code originals}, each answered to one of {@code calls}: each parses or fails with ApiException. */
    private static void overHttp(List<String> originals, List<Function<ApiClient, CompletableFuture<?>>> calls, int n) throws Exception {
        AtomicReference<String> next = new AtomicReference<>("{}");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", x -> {
            byte[] b = next.get().getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().set("Content-Type", "application/json");
            x.sendResponseHeaders(200, b.length == 0 ? -1 : b.length);
            if (b.length > 0) {
                x.getResponseBody().write(b);
            }
            x.close();
        });
        server.start();
        try {
            ApiClient client = ApiClient.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                    .token(ApiToken.of("t")).retry(RetryPolicy.none()).build();
            Random r = new Random(7);
            int parsed = 0;
            int refused = 0;
            for (int i = 0; i < n; i++) {
                next.set(mutate(originals.get(r.nextInt(originals.size())), r));
                try {
                    calls.get(r.nextInt(calls.size())).apply(client).get(10, TimeUnit.SECONDS);
                    parsed++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).as("for body %s", next.get()).isInstanceOf(ApiException.class);
                    assertThat(((ApiException) e.getCause()).kind()).as("a bad body is a malformed answer, never a lost connection to retry")
                            .isEqualTo(ApiException.Kind.MALFORMED_RESPONSE);
                    refused++;
                }
            }
            assertThat(parsed).as("mutations left some bodies readable").isPositive();
            assertThat(refused).as("mutations did break some bodies").isPositive();
        } finally {
            server.stop(0);
        }
    }

    private static String mutate(String s, Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> s.substring(0, r.nextInt(s.length() + 1));
            case 1 -> flip(s, r);
            case 2 -> s.replaceFirst("\"[A-Za-z0-9_:/.-]*\"", r.nextBoolean() ? "123" : "{\"x\": [1]}");
            case 3 -> s.replaceFirst("\\[", "{").replaceFirst("]", "}");
            case 4 -> s.replace("\"createdAt\"", "\"createdAt\":\"not a time\",\"x\"").replace("\"expiry\"", "\"expiry\":[],\"y\"");
            case 5 -> r.nextBoolean() ? "" : "[" + s + "]";
            default -> s.replaceAll("true|false", "\"maybe\"");
        };
    }

    private static String flip(String s, Random r) {
        if (s.isEmpty()) {
            return "{";
        }
        return Mutations.flipped(s, r, 4, "{}[]\",:0a\u0000");
    }
}
