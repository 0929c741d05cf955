package dev.weft.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.weft.api.FieldViolation;
import dev.weft.api.GrpcCode;
import dev.weft.api.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * The sandbox's front door: reads the request, checks the token, finds the route, and writes the
 * answer or the error in the shape of the API the path belongs to. Nothing a client sends can make
 * it answer 500: unexpected failures are reported as google.rpc INTERNAL with a request id.
 */
final class Dispatcher implements HttpHandler {
    static final int MAX_BODY = 1 << 20;
    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

    private final List<Route> routes = new ArrayList<>();
    private final Predicate<String> tokenAccepted;
    private volatile Faults faults = Faults.NONE;
    private final java.util.concurrent.atomic.AtomicLong injected = new java.util.concurrent.atomic.AtomicLong();

    void faults(Faults f) {
        this.faults = f;
    }

    /** How many faults were injected so far, for tests and reports. */
    long faultsInjected() {
        return injected.get();
    }

    Dispatcher(Predicate<String> tokenAccepted) {
        this.tokenAccepted = tokenAccepted;
    }

    void add(Route route) {
        routes.add(route);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Faults f = faults;
        if (f.any() && injectFault(exchange, f)) {
            return;
        }
        String requestId = "req-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        String path = exchange.getRequestURI().getRawPath();
        SandboxResponse response;
        try {
            response = dispatch(exchange, path);
        } catch (SandboxError e) {
            response = errorResponse(e, path);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "sandbox handler failed for " + printable(path), e);
            response = errorResponse(SandboxError.of(GrpcCode.INTERNAL, "internal error"), path);
        }
        // Whatever the answer, read what is left of the request first (bounded): a client still sending
        // a large body would otherwise lose the answer when the connection closes.
        drain(exchange.getRequestBody(), 64L * MAX_BODY);
        if (answerLost(exchange, response, f)) {
            return;
        }
        write(exchange, response.withHeader("X-Request-Id", requestId), f.bandwidth());
    }

    /** Applies latency, then maybe a fault instead of the answer; true when the fault was the answer. */
    private boolean injectFault(HttpExchange exchange, Faults f) throws IOException {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long wait = f.latency().toMillis() + (f.jitter().isZero() ? 0 : r.nextLong(f.jitter().toMillis() + 1));
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        double roll = r.nextDouble();
        if (roll < f.resetRate()) {
            injected.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            exchange.close();
            return true;
        }
        if (roll < f.resetRate() + f.errorRate()) {
            injected.incrementAndGet();
            int[] statuses = {429, 500, 503};
            int status = statuses[r.nextInt(statuses.length)];
            GrpcCode code = status == 429 ? GrpcCode.RESOURCE_EXHAUSTED : status == 503 ? GrpcCode.UNAVAILABLE : GrpcCode.INTERNAL;
            exchange.getRequestBody().readAllBytes();
            SandboxResponse resp = errorResponse(new SandboxError(code, status, "injected fault", null), exchange.getRequestURI().getRawPath());
            write(exchange, resp.withHeader("X-Request-Id", "fault-" + Long.toHexString(r.nextLong())), f.bandwidth());
            return true;
        }
        if (roll < f.resetRate() + f.errorRate() + f.malformedRate() && exchange.getRequestMethod().equals("GET")) {
            injected.incrementAndGet();
            byte[] body = "{\"items\": [{\"id\": \"trunc".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
            return true;
        }
        return false;
    }

    /** A change made whose answer the network loses (the lost-rate fault): the connection drops instead of it. */
    private boolean answerLost(HttpExchange exchange, SandboxResponse response, Faults f) {
        if (f.lostRate() == 0 || exchange.getRequestMethod().equalsIgnoreCase("GET") || response.status() / 100 != 2
                || ThreadLocalRandom.current().nextDouble() >= f.lostRate()) {
            return false;
        }
        injected.incrementAndGet();
        exchange.close();
        return true;
    }

    private SandboxResponse dispatch(HttpExchange exchange, String rawPath) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String[] segments = segments(rawPath).orElseThrow(() -> SandboxError.notFound("path " + printable(rawPath)));
        Set<String> allowed = new LinkedHashSet<>();
        for (Route route : routes) {
            Optional<Map<String, String>> params = route.match(segments);
            if (params.isEmpty()) {
                continue;
            }
            if (!route.method().equals(method)) {
                allowed.add(route.method());
                continue;
            }
            String token = bearer(exchange);
            if (token == null || !tokenAccepted.test(token)) {
                throw SandboxError.of(GrpcCode.UNAUTHENTICATED, token == null
                        ? "missing bearer token in the Authorization header" : "the token is not valid");
            }
            JsonNode body = readBody(exchange);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            return route.handler().handle(new SandboxRequest(method, rawPath, params.get(), body, token, headers));
        }
        if (!allowed.isEmpty()) {
            throw SandboxError.withStatus(405, GrpcCode.UNIMPLEMENTED,
                    "method " + method + " is not allowed here; use " + String.join(", ", allowed));
        }
        throw SandboxError.notFound("path " + printable(rawPath));
    }

    /** Decoded path segments; empty for paths that try tricks (empty, dot or slash-bearing segments). */
    static Optional<String[]> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.length() < 2) {
            return Optional.empty();
        }
        String[] raw = rawPath.substring(1).split("/", -1);
        String[] out = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            String s;
            try {
                s = URLDecoder.decode(raw[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (s.isEmpty() || s.equals(".") || s.equals("..") || s.contains("/") || s.contains("\\")
                    || s.chars().anyMatch(c -> c < 0x20)) {
                return Optional.empty();
            }
            out[i] = s;
        }
        return Optional.of(out);
    }

    private static String bearer(HttpExchange exchange) {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = auth.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw SandboxError.withStatus(413, GrpcCode.OUT_OF_RANGE, "the request body is larger than " + MAX_BODY + " bytes");
        }
        if (bytes.length == 0) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw SandboxError.invalid(List.of(new FieldViolation("body", "is not valid JSON")));
        }
    }

    /** Kupe answers {@code {"error": "..."}} (seed 003); CoreWeave answers google.rpc.Status. */
    private static void drain(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < limit && (n = in.read(buffer)) > 0) {
            total += n;
        }
    }

    private static SandboxResponse errorResponse(SandboxError e, String path) {
        if (path != null && path.startsWith(KupeRoutes.PREFIX)) {
            return kupeError(e);
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("code", e.code.code);
        body.put("message", e.getMessage());
        ArrayNode details = body.putArray("details");
        if (!e.violations.isEmpty()) {
            ObjectNode badRequest = details.addObject();
            badRequest.put("@type", "type.googleapis.com/google.rpc.BadRequest");
            ArrayNode list = badRequest.putArray("fieldViolations");
            for (FieldViolation v : e.violations) {
                list.addObject().put("field", v.field()).put("description", v.description());
            }
        }
        SandboxResponse r = SandboxResponse.status(e.httpStatus, body);
        return e.retryAfterSeconds > 0 ? r.withHeader("Retry-After", Integer.toString(e.retryAfterSeconds)) : r;
    }

    private static SandboxResponse kupeError(SandboxError e) {
        String message = e.violations.isEmpty() ? e.getMessage() : String.join("; ",
                e.violations.stream().map(v -> v.field() + ": " + v.description()).toList());
        SandboxResponse r = SandboxResponse.status(e.httpStatus, Json.MAPPER.createObjectNode().put("error", message));
        return e.retryAfterSeconds > 0 ? r.withHeader("Retry-After", Integer.toString(e.retryAfterSeconds)) : r;
    }

    private static void write(HttpExchange exchange, SandboxResponse response, long bandwidth) throws IOException {
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (response.body() != null) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        boolean noBody = response.body() == null || response.status() == 204
                || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        if (noBody) {
            exchange.sendResponseHeaders(response.status(), -1);
            exchange.close();
            return;
        }
        // Made whole, then sent with its length: what grpc-gateway (whose google.rpc.Status errors the API
        // answers with) does, marshalling the message to bytes before it writes a byte of them.
        byte[] bytes = Json.MAPPER.writeValueAsBytes(response.body());
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = new Sliced(exchange.getResponseBody(), bandwidth)) {
            out.write(bytes);
        }
        exchange.close();
    }

    /**
     * Hands the server a slice of the body at a time and, given a bandwidth, lets the slices out no faster
     * than a link of {@code bytesPerSecond} would, each when it is due. Slices even without a bandwidth:
     * the JDK's server copies what it is handed whole into a buffer of its own and then, at every partial
     * write to the socket, copies all that is still unsent into a native buffer. Handed a 17.7 MB list at
     * once, it copied megabytes for every few hundred kilobytes a client took off the socket: curl had the
     * list's last byte 15–150 ms after its first (a median of 17–77 ms from one run to the next), and
     * 6–11 ms after it handed a slice at a time. A server of the real API writes from its buffer as it is.
     */
    private static final class Sliced extends java.io.FilterOutputStream {
        private static final int SLICE = 16 * 1024;
        private final long bytesPerSecond;
        private final long started = System.nanoTime();
        private long sent;

        /** @param bytesPerSecond the link's bandwidth, or 0 for as fast as the client takes them */
        Sliced(OutputStream out, long bytesPerSecond) {
            super(out);
            this.bytesPerSecond = bytesPerSecond;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, SLICE);
                out.write(b, off, n);
                sent += n;
                off += n;
                len -= n;
                if (bytesPerSecond <= 0) {
                    continue;
                }
                out.flush();
                long early = started + (long) (sent * 1e9 / bytesPerSecond) - System.nanoTime();
                if (early > 0) {
                    try {
                        Thread.sleep(early / 1_000_000, (int) (early % 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException("sandbox stopping");
                    }
                }
            }
        }
    }

    private static String printable(String path) {
        String p = path == null ? "" : path.replaceAll("[^\\x20-\\x7e]", "?");
        return p.length() > 120 ? p.substring(0, 120) + "…" : p;
    }
}
