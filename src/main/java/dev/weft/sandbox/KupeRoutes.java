package dev.weft.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.GrpcCode;
import dev.weft.api.Json;
import dev.weft.api.MergePatch;
import dev.weft.api.kupe.KupeCluster;
import dev.weft.api.kupe.KupePhase;
import dev.weft.domain.kupe.KupeRules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/** Kupe Cloud clusters under {@code /api/v1/tenants/{tenant}/clusters}, as seed 003 and api-notes describe. */
final class KupeRoutes {
    static final String PREFIX = "/api/v1/";
    static final String BASE = "/api/v1/tenants/{tenant}/clusters";
    private static final Set<String> CONNECTABLE = Set.of(KupePhase.RUNNING, KupePhase.UPGRADING, KupePhase.DEGRADED);
    private static final String CA = loadCa();

    private final KupeState state;
    private final String tenant;

    KupeRoutes(KupeState state, String tenant) {
        this.state = state;
        this.tenant = tenant;
    }

    void register(Dispatcher d) {
        d.add(new Route("GET", BASE, r -> list(r)));
        d.add(new Route("POST", BASE, this::create));
        d.add(new Route("GET", BASE + "/{name}", r -> withEtag(200, find(r).json)));
        d.add(new Route("PATCH", BASE + "/{name}", this::patch));
        d.add(new Route("DELETE", BASE + "/{name}", this::delete));
        d.add(new Route("GET", BASE + "/{name}/kubeconfig", this::connection));
    }

    private SandboxResponse list(SandboxRequest r) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putArray("items").addAll(state.list(checkTenant(r)));
        return SandboxResponse.ok(body);
    }

    private SandboxResponse create(SandboxRequest r) {
        String t = checkTenant(r);
        KupeCluster.Spec spec = StrictJson.read(r.object(), KupeCluster.Spec.class);
        var violations = KupeRules.validateCreate(spec);
        if (!violations.isEmpty()) {
            throw SandboxError.invalid(violations);
        }
        synchronized (state) {
            if (state.find(t, spec.name()).isPresent()) {
                throw SandboxError.of(GrpcCode.ALREADY_EXISTS, "a cluster named " + spec.name() + " already exists");
            }
            Instant now = state.now();
            Lifecycle entry = state.newEntry(newCluster(spec, now));
            schedule(entry, now, KupePhase.PENDING);
            state.put(t, spec.name(), entry);
            return withEtag(201, entry.json);
        }
    }

    /** Pending, then Provisioning after a quarter of the provisioning time, then Running. */
    void schedule(Lifecycle entry, Instant now, String from) {
        entry.set(from, now)
                .then(KupePhase.PROVISIONING, now.plus(state.provisioning().dividedBy(4)))
                .then(KupePhase.RUNNING, now.plus(state.provisioning()));
    }

    static ObjectNode newCluster(KupeCluster.Spec spec, Instant now) {
        ObjectNode json = Json.MAPPER.valueToTree(spec);
        if (spec.version() == null) {
            json.put("version", KupeRules.latestVersion());
        }
        json.put("generation", 1);
        json.put("createdAt", now.toString());
        json.putObject("status");
        return json;
    }

    private SandboxResponse patch(SandboxRequest r) {
        ObjectNode body = r.object();
        KupeCluster sent = StrictJson.read(body, KupeCluster.class);
        synchronized (state) {
            Lifecycle entry = find(r);
            String ifMatch = r.header("If-Match").orElse(null);
            if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(etag(entry.json))) {
                throw SandboxError.withStatus(412, GrpcCode.FAILED_PRECONDITION,
                        "the cluster has changed since you read it (If-Match " + ifMatch + ", now " + etag(entry.json) + ")");
            }
            KupeCluster current = Json.MAPPER.convertValue(entry.json, KupeCluster.class);
            var violations = KupeRules.validatePatch(current, sent);
            if (!violations.isEmpty()) {
                throw SandboxError.invalid(violations);
            }
            String phase = entry.status();
            if (KupePhase.TERMINATING.equals(phase)) {
                throw SandboxError.of(GrpcCode.ALREADY_EXISTS, "the cluster is being deleted");
            }
            boolean upgrade = sent.version() != null && !sent.version().equals(current.version());
            if (upgrade && !KupePhase.RUNNING.equals(phase)) {
                throw SandboxError.of(GrpcCode.ALREADY_EXISTS, "the cluster can be upgraded only when Running (it is " + phase + ")");
            }
            ObjectNode next = entry.json.deepCopy();
            for (String field : List.of("version", "resources", "alerts")) {
                if (body.has(field)) {
                    MergePatch.apply(next, field, body.get(field));
                }
            }
            if (!next.equals(entry.json)) {
                next.put("generation", entry.json.path("generation").asLong() + 1);
                entry.json.removeAll(); // a member the patch removed must go, not stay from before
                entry.json.setAll(next);
                state.bump(entry.json);
                Instant now = state.now();
                if (upgrade) {
                    entry.set(KupePhase.UPGRADING, now).then(KupePhase.RUNNING, now.plus(state.provisioning()));
                } else if (KupePhase.RUNNING.equals(phase)) {
                    ((ObjectNode) entry.json.get("status")).put("observedGeneration", entry.json.get("generation").asLong());
                }
            }
            return withEtag(200, entry.json);
        }
    }

    private SandboxResponse delete(SandboxRequest r) {
        synchronized (state) {
            Lifecycle entry = find(r);
            if (!KupePhase.TERMINATING.equals(entry.status())) {
                Instant now = state.now();
                entry.set(KupePhase.TERMINATING, now).then(null, now.plus(state.provisioning().dividedBy(4)));
            }
            return SandboxResponse.status(204, null);
        }
    }

    private SandboxResponse connection(SandboxRequest r) {
        Lifecycle entry = find(r);
        String phase = entry.status();
        if (!CONNECTABLE.contains(phase)) {
            throw SandboxError.of(GrpcCode.UNAVAILABLE, "the cluster is not ready yet (phase " + phase + ")").retryAfter(5);
        }
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("endpoint", endpoint(entry.json));
        body.put("certificateAuthority", CA);
        return SandboxResponse.ok(body);
    }

    /** A stable, unique-looking API endpoint for a cluster. */
    static String endpoint(JsonNode cluster) {
        String name = cluster.path("name").asText();
        String id = Integer.toHexString((name + cluster.path("createdAt").asText()).hashCode() & 0xffffff);
        return "https://" + name + "-" + id + ".clusters.kupe.cloud";
    }

    private String checkTenant(SandboxRequest r) {
        String t = r.param("tenant");
        if (!tenant.equals(t)) {
            throw SandboxError.of(GrpcCode.PERMISSION_DENIED, "this API key is not valid for tenant " + t);
        }
        return t;
    }

    private Lifecycle find(SandboxRequest r) {
        String t = checkTenant(r);
        return state.find(t, r.param("name")).orElseThrow(() -> SandboxError.notFound("cluster " + r.param("name")));
    }

    private static String etag(JsonNode json) {
        return "\"" + json.path("resourceVersion").asText() + "\"";
    }

    private static SandboxResponse withEtag(int status, ObjectNode json) {
        return SandboxResponse.status(status, json.deepCopy()).withHeader("ETag", etag(json));
    }

    private static String loadCa() {
        try (InputStream in = KupeRoutes.class.getResourceAsStream("/dev/weft/sandbox/sandbox-ca.pem")) {
            return Base64.getEncoder().encodeToString(in.readAllBytes());
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("the sandbox CA certificate is missing from the build", e));
        }
    }
}
