package dev.weft.api;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends {@link ApiRequest}s to one base URL with one token: bearer auth, JSON, timeouts, retries of
 * idempotent calls, and every failure turned into an {@link ApiException}. All calls are
 * asynchronous and never block the caller.
 */
public final class ApiClient {
    private static final System.Logger LOG = System.getLogger(ApiClient.class.getName());
    /**
     * The JDK's client reads answers into buffers of this size (its documented property, read once, when
     * its first client is made; 16 KB unless set). At 16 KB a 17.7 MB list is ~1,100 reads, each handed on
     * through the client's stages: on loopback its selector thread spent 38–51 ms of a core on them under
     * the packaged app's quick compiler, 24–36 ms at this size, time taken from the parse the user waits
     * for on two cores (docs/benchmarks.md). A small answer takes a slice of a buffer, not a whole one.
     */
    private static final String READ_BUFFER = "262144";
    private static final String TUNNEL_DISABLED_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    static {
        if (System.getProperty("jdk.httpclient.bufsize") == null) {
            System.setProperty("jdk.httpclient.bufsize", READ_BUFFER);
        }
        // The system's proxy settings (GNOME's, Windows', macOS's) where the environment names no proxy;
        // read once, when the JDK's proxy selector is first loaded, which ProxyChoice, below, is.
        if (System.getProperty("java.net.useSystemProxies") == null) {
            System.setProperty("java.net.useSystemProxies", "true");
        }
    }

    /** The proxies the environment or the system names (none for this computer). */
    private static final ProxyChoice PROXIES = new ProxyChoice(System.getenv(), ProxySelector::getDefault);

    static {
        // The JDK refuses Basic credentials in a CONNECT unless told otherwise (a property read once, when
        // its first client is made); a proxy URL with credentials in it asks for exactly that, as for curl.
        if (PROXIES.hasCredentials() && System.getProperty(TUNNEL_DISABLED_SCHEMES) == null) {
            System.setProperty(TUNNEL_DISABLED_SCHEMES, "");
        }
    }

    /** The client for http:// (the sandbox on this computer), where no certificate is read. */
    private static final HttpClient PLAIN = client(null);
    /**
     * The client for https://, trusting the system's certificates too: made once, at the first such request,
     * on a thread of ours, since reading every system certificate takes a few hundred milliseconds.
     */
    private static CompletableFuture<HttpClient> tls;
    /** Threads that read answers' bodies, which blocks; daemons, so an unfinished read never keeps the app alive. */
    private static final ExecutorService BODY_READERS = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "weft-api-body");
        thread.setDaemon(true);
        return thread;
    });
    /**
     * A list answer with this much left to parse when its length is known is parsed in two halves at
     * once (about 5 ms of parse: less is not worth a second thread).
     */
    private static final long SPLIT_LISTS_FROM = 1 << 20;

    private final URI baseUri;
    private final Supplier<ApiToken> token;
    private final String tokenVariable;
    private final Duration requestTimeout;
    private final RetryPolicy retry;
    private final RequestListener listener;
    private final HttpClient http;

    private ApiClient(Builder b) {
        this.baseUri = b.baseUri;
        this.token = b.token;
        this.tokenVariable = b.tokenVariable;
        this.requestTimeout = b.requestTimeout;
        this.retry = b.retry;
        this.listener = b.listener;
        this.http = b.http;
    }

    public static Builder builder(URI baseUri) {
        return new Builder(baseUri);
    }

    public URI baseUri() {
        return baseUri;
    }

    /** The request as a curl command, with the token as {@code $COREWEAVE_API_TOKEN} (or the client's variable). */
    public String curl(ApiRequest request) {
        return CurlCommand.render(baseUri, request, tokenVariable);
    }

    /**
     * Sends and reads the answer's body as {@code type} while it arrives: a long answer is parsed as it
     * downloads, not after.
     */
    public <T> CompletableFuture<T> send(ApiRequest request, Class<T> type) {
        return parsed(request, body -> Json.MAPPER.readValue(body.stream(), type));
    }

    /**
     * Sends and hands each element of the answer's list {@code field} to {@code collector} as it is
     * parsed: what is done per element is done while the rest of a long list downloads.
     */
    public <E, R> CompletableFuture<R> sendList(ApiRequest request, String field, Class<E> element,
                                                java.util.stream.Collector<? super E, ?, R> collector) {
        return parsed(request, body -> ListReader.read(body, field, element, collector, BODY_READERS, SPLIT_LISTS_FROM));
    }

    /** How a successful answer's body is parsed; a failure to is a malformed answer. */
    private interface Parse<T> {
        T from(ArrivingBody body) throws IOException;
    }

    private <T> CompletableFuture<T> parsed(ApiRequest request, Parse<T> parse) {
        return exchange(request, (response, body) -> {
            try {
                return parse.from(body);
            } catch (JsonProcessingException | RuntimeException e) {
                throw ApiResponse.malformed(response.statusCode(), response.headers(), request.operation(), e);
            }
        });
    }

    /** Sends; the future fails only with an {@link ApiException}. */
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        return exchange(request, (response, body) ->
                new ApiResponse(response.statusCode(), response.headers(), body.stream().readAllBytes(), request.operation()));
    }

    /** What a successful answer's body becomes; an IOException while reading it is a network failure. */
    private interface BodyReader<T> {
        T read(HttpResponse<?> response, ArrivingBody body) throws IOException;
    }

    private <T> CompletableFuture<T> exchange(ApiRequest request, BodyReader<T> reader) {
        URI target = CurlCommand.join(baseUri, request.path());
        ApiToken t = token == null ? null : token.get();
        if (token != null && t == null) { // a request without it could only be refused, and would say so less clearly
            return CompletableFuture.failedFuture(new ApiException(ApiException.Kind.NO_TOKEN, 0, GrpcCode.UNAUTHENTICATED,
                    "no API token for this profile", null, null, request.operation(), null));
        }
        if (t != null && !Endpoints.safeForToken(target)) {
            return CompletableFuture.failedFuture(new ApiException(ApiException.Kind.INSECURE_TRANSPORT, 0,
                    GrpcCode.FAILED_PRECONDITION, "refusing to send a token over plain http to " + target.getHost(),
                    null, null, request.operation(), null));
        }
        HttpRequest httpRequest = toHttp(request, target, t);
        listener.started(request);
        int[] status = {0};
        String[] requestId = {null};
        return attempt(request, httpRequest, 1, (response, body) -> {
            status[0] = response.statusCode();
            requestId[0] = response.headers().firstValue("X-Request-Id").orElse(null);
            return reader.read(response, body);
        }).whenComplete((r, e) -> listener.finished(request, e == null ? status[0] : statusOf(e), e == null,
                e == null ? requestId[0] : requestIdOf(e)));
    }

    private static HttpClient client(javax.net.ssl.SSLContext trust) {
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(PROXIES);
        return (trust == null ? b : b.sslContext(trust)).build();
    }

    private static synchronized CompletableFuture<HttpClient> tlsClient() {
        if (tls == null) {
            tls = CompletableFuture.supplyAsync(() -> client(TrustedCertificates.context(System.getenv())), BODY_READERS);
        }
        return tls;
    }

    private CompletableFuture<HttpClient> client() {
        if (http != null) {
            return CompletableFuture.completedFuture(http);
        }
        return "https".equalsIgnoreCase(baseUri.getScheme()) ? tlsClient() : CompletableFuture.completedFuture(PLAIN);
    }

    private <T> CompletableFuture<T> attempt(ApiRequest request, HttpRequest httpRequest, int n, BodyReader<T> reader) {
        CompletableFuture<HttpResponse<ArrivingBody>> sent = client().thenCompose(c -> c.sendAsync(httpRequest, ArrivingBody.handler(requestTimeout)));
        // The body is read on a thread of our own: reading blocks until the last byte has come.
        return sent.handleAsync((response, failure) -> {
            if (failure != null) {
                Throwable cause = unwrap(failure);
                if (untrusted(cause)) { // the same certificate again would be refused again
                    return CompletableFuture.<T>failedFuture(new ApiException(ApiException.Kind.UNTRUSTED_SERVER, 0,
                            GrpcCode.UNAVAILABLE, cause.getMessage(), null, null, request.operation(), cause));
                }
                if (noSecureConnection(cause)) { // a server that does not speak TLS would not speak it the next time
                    return CompletableFuture.<T>failedFuture(new ApiException(ApiException.Kind.NETWORK, 0, GrpcCode.UNAVAILABLE,
                            "no secure (https) connection could be set up: " + cause.getMessage() + "; a server that speaks "
                                    + "plain http, such as a sandbox on this computer, has an address that begins with http://",
                            null, null, request.operation(), cause));
                }
                ApiException failed = networkFailure(request, httpRequest.uri(), cause);
                if (failed.kind() == ApiException.Kind.TIMEOUT) {
                    // Reached, and silent for the whole timeout: each attempt more would keep the user waiting as long
                    // again (four took two minutes behind a spinner). The error says so; Refresh tries again.
                    return CompletableFuture.<T>failedFuture(failed);
                }
                return retryOrFail(request, httpRequest, n, null, failed,
                        "connection failed: " + cause.getClass().getSimpleName(), reader);
            }
            int status = response.statusCode();
            try (ArrivingBody body = response.body()) {
                if (status >= 200 && status < 300) {
                    T read = reader.read(response, body);
                    LOG.log(System.Logger.Level.DEBUG, "{0} -> {1}", request.operation(), status);
                    return CompletableFuture.completedFuture(read);
                }
                // A proxy's refusal to open a tunnel comes back as its answer to CONNECT, without a body.
                ApiException e = ErrorBodies.toException(status, body == null ? new byte[0] : body.stream().readAllBytes(),
                        response.headers().firstValue("X-Request-Id").orElse(null), request.operation());
                RetryPolicy.retryAfter(response.headers()).ifPresent(e::retryAfter);
                e.ofAList(request.list());
                // The status, code and request id, for a problem report; not the server's words, which may repeat what was sent.
                LOG.log(System.Logger.Level.DEBUG, "{0} -> {1} {2}{3}", request.operation(), status, e.grpcCode(),
                        e.requestId().map(id -> ", request id " + id).orElse(""));
                if (retry.retryableStatus(status)) {
                    return retryOrFail(request, httpRequest, n, response.headers(), e, "HTTP " + status, reader);
                }
                return CompletableFuture.<T>failedFuture(e);
            } catch (ApiException e) {
                return CompletableFuture.<T>failedFuture(e);
            } catch (IOException e) { // the connection failed while the body was coming
                return retryOrFail(request, httpRequest, n, null, networkFailure(request, httpRequest.uri(), e),
                        "connection failed: " + e.getClass().getSimpleName(), reader);
            }
        }, BODY_READERS).thenCompose(f -> f);
    }

    private <T> CompletableFuture<T> retryOrFail(ApiRequest request, HttpRequest httpRequest, int n,
                                                 HttpHeaders headers, ApiException failure, String reason, BodyReader<T> reader) {
        if (!request.mayRetry() || n >= retry.maxAttempts()) {
            return CompletableFuture.failedFuture(failure);
        }
        var delay = retry.delayAfter(n, headers);
        if (delay.isEmpty()) {
            return CompletableFuture.failedFuture(failure);
        }
        listener.retrying(request, n + 1, reason);
        LOG.log(System.Logger.Level.DEBUG, "{0}: {1}, attempt {2} in {3} ms", request.operation(), reason, n + 1,
                delay.get().toMillis());
        var later = CompletableFuture.delayedExecutor(delay.get().toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.supplyAsync(() -> attempt(request, httpRequest, n + 1, reader), later).thenCompose(f -> f);
    }

    private HttpRequest toHttp(ApiRequest request, URI target, ApiToken t) {
        HttpRequest.BodyPublisher body = request.jsonBody() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(request.jsonBody());
        HttpRequest.Builder b = HttpRequest.newBuilder(target)
                .timeout(requestTimeout)
                .method(request.method(), body)
                .header("Accept", "application/json")
                .header("User-Agent", "Weft/" + Version.current());
        if ("http".equalsIgnoreCase(target.getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        if (request.jsonBody() != null) {
            b.header("Content-Type", "application/json");
        }
        if (t != null) {
            b.header("Authorization", "Bearer " + t.reveal());
        }
        PROXIES.authorizationFor(target).ifPresent(credentials -> b.header("Proxy-Authorization", credentials));
        for (Map.Entry<String, String> h : request.headers().entrySet()) {
            b.header(h.getKey(), h.getValue());
        }
        return b.build();
    }

    private static ApiException networkFailure(ApiRequest request, URI target, Throwable cause) {
        boolean timeout = cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException);
        // Through a proxy the connection that failed is the proxy's (a server it cannot reach is its 502).
        String via = timeout ? "" : PROXIES.select(target).stream().filter(p -> p.type() == java.net.Proxy.Type.HTTP).findFirst()
                .map(p -> ", at the proxy " + proxyAddress(p)).orElse("");
        String what = (unresolved(cause) ? "the name " + target.getHost() + " was not found"
                : cause.getMessage() == null ? describeQuietly(cause) : cause.getMessage()) + via;
        return new ApiException(timeout ? ApiException.Kind.TIMEOUT : ApiException.Kind.NETWORK, 0,
                timeout ? GrpcCode.DEADLINE_EXCEEDED : GrpcCode.UNAVAILABLE,
                cause instanceof IOException || cause instanceof HttpTimeoutException ? what : "unexpected failure: " + what,
                null, null, request.operation(), cause);
    }

    private static String proxyAddress(java.net.Proxy proxy) {
        return proxy.address() instanceof java.net.InetSocketAddress a ? a.getHostString() + ":" + a.getPort() : String.valueOf(proxy.address());
    }

    /** A certificate that does not chain to a trusted root, or does not name the host. */
    private static boolean untrusted(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.security.cert.CertificateException || t instanceof java.security.cert.CertPathValidatorException
                    || t instanceof java.security.cert.CertPathBuilderException || t instanceof javax.net.ssl.SSLPeerUnverifiedException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A TLS handshake the server ended or did not understand, its certificate not in question: a server of plain
     * http on an https:// address (it answers the handshake with text, or drops it), or one of no TLS version in common.
     */
    private static boolean noSecureConnection(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (ApiException.handshakeFailed(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A host name that did not resolve: the client says it as a ConnectException without a message, the name's
     * failure its cause, which read "connection refused" for a mistyped endpoint.
     */
    private static boolean unresolved(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /** Exceptions without a message (a refused connection): say what happened in words. */
    private static String describeQuietly(Throwable cause) {
        return switch (cause.getClass().getSimpleName()) {
            case "ConnectException" -> "connection refused";
            case "ClosedChannelException", "EOFException" -> "the connection was closed";
            default -> cause.getClass().getSimpleName();
        };
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static int statusOf(Throwable e) {
        return unwrap(e) instanceof ApiException a ? a.httpStatus() : 0;
    }

    private static String requestIdOf(Throwable e) {
        return unwrap(e) instanceof ApiException a ? a.requestId().orElse(null) : null;
    }

    public static final class Builder {
        private final URI baseUri;
        private Supplier<ApiToken> token;
        private String tokenVariable = "COREWEAVE_API_TOKEN";
        private Duration requestTimeout = Duration.ofSeconds(30);
        private RetryPolicy retry = RetryPolicy.standard();
        private RequestListener listener = RequestListener.NONE;
        /** Null: the application's own, by the base URL's scheme. */
        private HttpClient http;

        private Builder(URI baseUri) {
            this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        }

        public Builder token(ApiToken token) {
            this.token = token == null ? null : () -> token;
            return this;
        }

        /**
         * The token is asked for on every request, so a profile's token can change without a new client;
         * when it answers null the request is not sent and fails as {@link ApiException.Kind#NO_TOKEN}.
         */
        public Builder token(Supplier<ApiToken> token) {
            this.token = token;
            return this;
        }

        /** The environment variable "copy as curl" names in place of the token. */
        public Builder tokenVariable(String name) {
            this.tokenVariable = name;
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = timeout;
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        public Builder listener(RequestListener listener) {
            this.listener = listener;
            return this;
        }

        public Builder httpClient(HttpClient http) {
            this.http = http;
            return this;
        }

        public ApiClient build() {
            return new ApiClient(this);
        }
    }
}
