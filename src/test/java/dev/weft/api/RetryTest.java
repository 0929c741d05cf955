package dev.weft.api;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.weft.testing.SandboxFixture.await;
import static dev.weft.testing.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** The retry policy against a small server that fails on purpose. */
class RetryTest {
    private static final int DROPPED_MID_BODY = -1;
    private static final int SILENT = -2;
    private static final int STALLED_MID_BODY = -3;
    private static final int SIGN_IN_PAGE = -4;
    /** Holds the stalled answers' handlers until the test ends: the client has to give up on them by itself. */
    private final java.util.concurrent.CountDownLatch stalled = new java.util.concurrent.CountDownLatch(1);
    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private final List<Integer> script = Collections.synchronizedList(new ArrayList<>());
    private volatile String retryAfter;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            int n = hits.getAndIncrement();
            int status = n < script.size() ? script.get(n) : 200;
            if (status == SILENT) { // reached, but no answer before the client's timeout
                try {
                    Thread.sleep(1_500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.close();
                return;
            }
            if (status == SIGN_IN_PAGE) { // a network's sign-in page where the API's answer was expected
                byte[] page = "<html><body><form>Sign in to the hotel's Wi-Fi</form></body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                exchange.getResponseBody().write(page);
                exchange.close();
                return;
            }
            if (status == STALLED_MID_BODY) { // a 200 whose body stops coming, its connection left open
                exchange.sendResponseHeaders(200, 100_000);
                exchange.getResponseBody().write("{\"items\": [{\"id\": \"a\"}, ".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                try {
                    stalled.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return;
            }
            if (status == DROPPED_MID_BODY) { // a 200 whose connection is lost after the start of the body
                exchange.sendResponseHeaders(200, 100_000);
                exchange.getResponseBody().write("{\"items\": [{\"id\": \"a\"}, ".getBytes(StandardCharsets.UTF_8));
                exchange.getResponseBody().flush();
                try {
                    exchange.close(); // short of its length: the server cuts the connection
                } catch (RuntimeException e) {
                    // expected: "insufficient bytes written"
                }
                return;
            }
            byte[] body = (status == 200 ? "{\"items\": []}" : "{\"code\": 14, \"message\": \"try later\"}")
                    .getBytes(StandardCharsets.UTF_8);
            if (retryAfter != null && status == 429) {
                exchange.getResponseHeaders().set("Retry-After", retryAfter);
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool()); // a stalled answer holds its thread only
        server.start();
    }

    @AfterEach
    void stop() {
        stalled.countDown();
        server.stop(0);
    }

    private ApiClient client(RequestListener listener) {
        return client(listener, Duration.ofSeconds(30));
    }

    private ApiClient client(RequestListener listener, Duration timeout) {
        return ApiClient.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .token(ApiToken.of("CW-SECRET-test"))
                .retry(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200)))
                .requestTimeout(timeout)
                .listener(listener)
                .build();
    }

    @Test
    void aGetThatMeets503TwiceSucceedsOnTheThirdAttempt() {
        script.addAll(List.of(503, 503));
        AtomicInteger retries = new AtomicInteger();
        ApiResponse r = await(client(new RequestListener() {
            @Override
            public void retrying(ApiRequest request, int attempt, String reason) {
                retries.incrementAndGet();
            }
        }).send(ApiRequest.get("/v1beta1/cks/clusters")));
        assertThat(r.status()).isEqualTo(200);
        assertThat(hits).hasValue(3);
        assertThat(retries).hasValue(2);
    }

    /**
     * A server that takes the request and says nothing: the timeout is shown after one wait, not after four
     * (with the app's 30 s timeout, two minutes of a spinner), in words that fit what was asked.
     */
    @Test
    void aReadThatTimesOutIsNotWaitedForAgain() {
        script.add(SILENT);
        AtomicInteger retries = new AtomicInteger();
        ApiClient silent = client(new RequestListener() {
            @Override
            public void retrying(ApiRequest request, int attempt, String reason) {
                retries.incrementAndGet();
            }
        }, Duration.ofMillis(300));
        ApiException e = failure(silent.send(ApiRequest.get("/v1beta1/cks/clusters")));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.TIMEOUT);
        assertThat(e.userMessage()).isEqualTo("The server did not answer in time.");
        assertThat(retries).as("attempts after the timeout").hasValue(0);
        assertThat(hits).hasValue(1);

        // A create: it may have been made, so the words do not say to send it again.
        script.add(SILENT);
        ApiException create = failure(silent.send(ApiRequest.post("/v1/cwobject/access-key", "{}")));
        assertThat(create.kind()).isEqualTo(ApiException.Kind.TIMEOUT);
        assertThat(create.userMessage()).contains("whether it was done is not known").contains("Refresh to see before trying again");
    }

    @Test
    void aListWhoseConnectionIsLostMidBodyIsFetchedAgain() {
        script.add(DROPPED_MID_BODY);
        var list = await(client(RequestListener.NONE).send(ApiRequest.get("/v1beta1/cks/clusters"),
                com.fasterxml.jackson.databind.JsonNode.class));
        assertThat(list.get("items").isArray()).isTrue();
        assertThat(hits).hasValue(2);
    }

    @Test
    void aPostWhoseConnectionIsLostMidBodyIsNotSentAgain() {
        script.add(DROPPED_MID_BODY);
        ApiException e = failure(client(RequestListener.NONE).send(ApiRequest.post("/v1/cwobject/access-key", "{}"),
                com.fasterxml.jackson.databind.JsonNode.class));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.NETWORK);
        assertThat(hits).hasValue(1);
        assertThat(e.userMessage()).as("it reached the server, which may have made it")
                .startsWith("The connection was lost before the server answered, so whether it was done is not known.");
    }

    /**
     * A body that stops coming, its connection open (a network changed under a laptop, a stuck proxy): given up
     * after the request's timeout of silence, and a read fetched again; without it the tab waited for good.
     */
    @Test
    void aListWhoseBodyStopsComingIsGivenUpAndFetchedAgain() {
        script.addAll(List.of(STALLED_MID_BODY, 200, STALLED_MID_BODY));
        ApiClient c = client(RequestListener.NONE, Duration.ofMillis(500));
        var list = await(c.send(ApiRequest.get("/v1beta1/cks/clusters"), com.fasterxml.jackson.databind.JsonNode.class));
        assertThat(list.get("items").isArray()).isTrue();
        assertThat(hits).hasValue(2);

        ApiException e = failure(c.send(ApiRequest.post("/v1/cwobject/access-key", "{}"), com.fasterxml.jackson.databind.JsonNode.class));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.TIMEOUT);
        assertThat(e.userMessage()).as("it reached the server").contains("whether it was done is not known");
        assertThat(hits).as("a create is not sent again").hasValue(3);
    }

    /** A sign-in page answered in the API's place is said to be one, not "an answer Weft could not read". */
    @Test
    void aWebPageInTheAnswersPlaceIsSaidToBeOne() {
        script.add(SIGN_IN_PAGE);
        ApiException e = failure(client(RequestListener.NONE).send(ApiRequest.get("/v1beta1/cks/clusters"),
                com.fasterxml.jackson.databind.JsonNode.class));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.MALFORMED_RESPONSE);
        assertThat(e.userMessage()).startsWith("The answer was a web page, not the API's").contains("sign in");
        assertThat(hits).as("not asked again: the page would come again").hasValue(1);
    }

    /** A create that never left: nothing to look for, so the words are the usual ones. */
    @Test
    void aPostThatFindsNoServerSaysSo() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        ApiException e = failure(ApiClient.builder(URI.create("http://127.0.0.1:" + closed)).token(ApiToken.of("CW-SECRET-test"))
                .build().send(ApiRequest.post("/v1/cwobject/access-key", "{}")));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.NETWORK);
        assertThat(e.userMessage()).startsWith("Could not reach the server").doesNotContain("whether it was done");
    }

    /**
     * An https:// address on a server of plain http: the handshake is answered with text, or dropped. Said in words
     * that point at http://, at once, not tried again (it would fail alike) nor taken for a certificate problem.
     */
    @Test
    void anHttpsAddressOnAPlainHttpServerIsSaidSoAndNotTriedAgain() throws Exception {
        for (boolean answersInText : new boolean[]{true, false}) {
            AtomicInteger connections = new AtomicInteger();
            AtomicInteger retries = new AtomicInteger();
            try (ServerSocket plain = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
                Thread server = new Thread(() -> {
                    while (!plain.isClosed()) {
                        try (java.net.Socket c = plain.accept()) {
                            connections.incrementAndGet();
                            c.getInputStream().read(new byte[512]); // the ClientHello's start
                            if (answersInText) {
                                c.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                            }
                        } catch (IOException closed) {
                            return;
                        }
                    }
                });
                server.setDaemon(true);
                server.start();
                ApiException e = failure(ApiClient.builder(URI.create("https://127.0.0.1:" + plain.getLocalPort()))
                        .token(ApiToken.of("CW-SECRET-test")).retry(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200)))
                        .listener(new RequestListener() {
                            @Override
                            public void retrying(ApiRequest r, int attempt, String reason) {
                                retries.incrementAndGet();
                            }
                        })
                        .build().send(ApiRequest.get("/v1beta1/cks/clusters")));
                assertThat(e.kind()).as(answersInText ? "answered in text" : "dropped").isEqualTo(ApiException.Kind.NETWORK);
                assertThat(e.userMessage()).startsWith("Could not reach the server (no secure (https) connection could be set up: ")
                        .contains("has an address that begins with http://").doesNotContain("CW-SECRET");
                assertThat(retries).as("not tried again (%s)", answersInText ? "answered in text" : "dropped").hasValue(0);
                // The JDK's client tries a dropped connection once more by itself, and no more. Answered in text, the
                // client may hear the answer or only the connection closing after it (then it tries once more too).
                assertThat(connections.get()).isLessThanOrEqualTo(2);
                ApiException post = failure(ApiClient.builder(URI.create("https://127.0.0.1:" + plain.getLocalPort()))
                        .token(ApiToken.of("CW-SECRET-test")).build().send(ApiRequest.post("/v1/cwobject/access-key", "{}")));
                assertThat(post.outcomeUnknown()).as("a create that was never sent is not said to be perhaps made").isFalse();
            }
        }
    }

    /** A mistyped endpoint's host is said not to be found: it read "connection refused", as if a server were there. */
    @Test
    void aHostNameThatIsNotFoundIsSaidSo() {
        // Through a proxy, the proxy looks the name up and answers for it.
        org.junit.jupiter.api.Assumptions.assumeTrue(java.util.stream.Stream.of("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")
                .allMatch(v -> System.getenv(v) == null || System.getenv(v).isBlank()), "no proxy in the environment");
        ApiException e = failure(ApiClient.builder(URI.create("https://no-such-host.invalid")).token(ApiToken.of("CW-SECRET-test"))
                .retry(RetryPolicy.none()).build().send(ApiRequest.get("/v1beta1/cks/clusters")));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.NETWORK);
        assertThat(e.userMessage()).isEqualTo("Could not reach the server (the name no-such-host.invalid was not found). "
                + "Check your network connection and the profile's endpoint.");
    }

    @Test
    void aPostIsNeverRetried() {
        script.addAll(List.of(503, 503));
        ApiException e = failure(client(RequestListener.NONE).send(ApiRequest.post("/v1/cwobject/access-key", "{\"durationSeconds\": 0}")));
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(hits).hasValue(1);
    }

    @Test
    void givesUpAfterFourAttempts() {
        script.addAll(List.of(503, 502, 504, 503, 503));
        ApiException e = failure(client(RequestListener.NONE).send(ApiRequest.delete("/v1beta1/cks/clusters/x")));
        assertThat(e.httpStatus()).isEqualTo(503);
        assertThat(hits).hasValue(4);
    }

    @Test
    void honoursRetryAfterOn429() {
        script.add(429);
        retryAfter = "1";
        long start = System.nanoTime();
        await(client(RequestListener.NONE).send(ApiRequest.get("/x")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(hits).hasValue(2);
    }

    @Test
    void aRetryAfterLongerThanWeWaitSurfacesTheError() {
        script.add(429);
        retryAfter = "3600";
        ApiException e = failure(client(RequestListener.NONE).send(ApiRequest.get("/x")));
        assertThat(e.httpStatus()).isEqualTo(429);
        assertThat(e.userMessage()).contains("slow down");
        assertThat(hits).hasValue(1);
    }

    @Test
    void clientErrorsAreNotRetried() {
        script.addAll(List.of(400, 404));
        ApiException e = failure(client(RequestListener.NONE).send(ApiRequest.get("/x")));
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(hits).hasValue(1);
    }

    @Test
    void aRefusedConnectionIsRetriedThenReportedAsANetworkFailure() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        AtomicInteger retries = new AtomicInteger();
        ApiClient c = ApiClient.builder(URI.create("http://127.0.0.1:" + closedPort))
                .retry(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)))
                .listener(new RequestListener() {
                    @Override
                    public void retrying(ApiRequest request, int attempt, String reason) {
                        retries.incrementAndGet();
                    }
                }).build();
        ApiException e = failure(c.send(ApiRequest.get("/v1beta1/cks/clusters")));
        assertThat(e.kind()).isEqualTo(ApiException.Kind.NETWORK);
        assertThat(e.httpStatus()).isZero();
        assertThat(retries).hasValue(2);
        assertThat(e.userMessage()).contains("Could not reach");
    }

    @Test
    void retryAfterAsAnHttpDate() {
        assertThat(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
        assertThat(RetryPolicy.parseRetryAfter("7")).contains(Duration.ofSeconds(7));
        assertThat(RetryPolicy.parseRetryAfter("soon")).isEmpty();
    }

    @Test
    void backoffStaysWithinTheCap() {
        RetryPolicy p = RetryPolicy.standard();
        for (int attempt = 1; attempt < 10; attempt++) {
            Duration d = p.delayAfter(attempt, null).orElseThrow();
            assertThat(d).isBetween(Duration.ZERO, Duration.ofSeconds(5));
        }
        assertThat(p.delayAfter(1, null).orElseThrow()).isLessThanOrEqualTo(Duration.ofMillis(200));
    }
}
