package dev.weft.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.FieldViolation;
import dev.weft.api.GrpcCode;
import dev.weft.api.Json;
import dev.weft.api.cks.Cluster;
import dev.weft.api.cks.ClusterStatus;
import dev.weft.api.cks.CreateClusterRequest;
import dev.weft.domain.cks.CksCatalog;
import dev.weft.domain.cks.ClusterRules;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The CKS cluster endpoints under {@code /v1beta1/cks/clusters}, as seeds 000 and 001 and api-notes describe. */
final class ClusterRoutes {
    static final String BASE = "/v1beta1/cks/clusters";

    private final CksState state;

    ClusterRoutes(CksState state) {
        this.state = state;
    }

    void register(Dispatcher d) {
        d.add(new Route("GET", BASE, r -> list()));
        d.add(new Route("POST", BASE, this::create));
        d.add(new Route("GET", BASE + "/{id}", r -> SandboxResponse.ok(envelope(find(r.param("id")).json))));
        d.add(new Route("PATCH", BASE + "/{id}", this::patch));
        d.add(new Route("DELETE", BASE + "/{id}", this::delete));
    }

    private SandboxResponse list() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putArray("items").addAll(state.clusters());
        return SandboxResponse.ok(body);
    }

    private SandboxResponse create(SandboxRequest r) {
        ObjectNode body = r.object();
        if (body.has("id")) {
            throw SandboxError.invalid(List.of(new FieldViolation("id", "is assigned by the server; do not send it")));
        }
        CreateClusterRequest req = StrictJson.read(body, CreateClusterRequest.class);
        synchronized (state) {
            List<FieldViolation> violations = ClusterRules.validateCreate(req, state.context());
            if (!violations.isEmpty()) {
                throw SandboxError.invalid(violations);
            }
            if (state.clusterNameTaken(req.name())) {
                throw SandboxError.of(GrpcCode.ALREADY_EXISTS, "a cluster named " + req.name() + " already exists");
            }
            Instant now = state.now();
            ObjectNode json = newCluster(body, req, now);
            Lifecycle entry = new Lifecycle(json);
            entry.set(ClusterStatus.CREATING, now).then(ClusterStatus.RUNNING, now.plus(state.provisioning()));
            state.putCluster(json.get("id").asText(), entry);
            return SandboxResponse.ok(envelope(json));
        }
    }

    /** The stored form of a new cluster: what was sent, plus everything the server assigns. */
    static ObjectNode newCluster(ObjectNode body, CreateClusterRequest req, Instant now) {
        ObjectNode json = body.deepCopy();
        String id = UUID.randomUUID().toString();
        json.put("id", id);
        json.put("public", Boolean.TRUE.equals(req.isPublic()));
        ObjectNode network = (ObjectNode) json.get("network");
        if (!network.has("serviceNodePortRange")) {
            network.putObject("serviceNodePortRange").put("start", 30000).put("end", 32767);
        }
        json.put("apiServerEndpoint", endpoint(req.zone()));
        json.put("createdAt", now.toString());
        json.put("updatedAt", now.toString());
        json.put("isUpgradeable", CksCatalog.isUpgradeable(req.version()));
        return json;
    }

    static String endpoint(String zone) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%06x-%08x.k8s.%s.coreweave.com", r.nextInt(1 << 24), r.nextInt() & 0xffffffffL,
                zone.toLowerCase(Locale.ROOT));
    }

    private SandboxResponse patch(SandboxRequest r) {
        ObjectNode body = r.object();
        String id = r.param("id");
        synchronized (state) {
            Lifecycle entry = find(id);
            if (!body.path("id").asText("").equals(id)) {
                throw SandboxError.invalid(List.of(new FieldViolation("id", "must equal the cluster id in the path")));
            }
            // The request's own form first (400 InvalidArgument), then the cluster's state (FailedPrecondition).
            ObjectNode merged = UpdateMask.apply(entry.json, body);
            Cluster after = StrictJson.read(merged, Cluster.class);
            if (!CksState.isRunning(entry)) {
                throw SandboxError.of(GrpcCode.FAILED_PRECONDITION, "the cluster is " + entry.status()
                        + "; only a cluster in " + ClusterStatus.RUNNING + " can be changed");
            }
            Cluster before = CksState.toCluster(entry.json);
            List<FieldViolation> violations = ClusterRules.validateChange(before, after, state.context());
            if (!violations.isEmpty()) {
                throw SandboxError.invalid(violations);
            }
            if (merged.equals(entry.json)) {
                return SandboxResponse.ok(envelope(entry.json));
            }
            merged.put("isUpgradeable", CksCatalog.isUpgradeable(after.version()));
            entry.json.removeAll();
            entry.json.setAll(merged);
            Instant now = state.now();
            boolean upgrade = !before.version().equals(after.version());
            entry.set(upgrade ? ClusterStatus.UPGRADING : ClusterStatus.UPDATING, now)
                    .then(ClusterStatus.RUNNING, now.plus(state.provisioning()));
            return SandboxResponse.ok(envelope(entry.json));
        }
    }

    private SandboxResponse delete(SandboxRequest r) {
        synchronized (state) {
            Lifecycle entry = find(r.param("id"));
            if (!ClusterStatus.DELETING.equals(entry.status())) {
                Instant now = state.now();
                entry.set(ClusterStatus.DELETING, now).then(null, now.plus(state.provisioning()));
            }
            return SandboxResponse.ok(envelope(entry.json));
        }
    }

    private Lifecycle find(String id) {
        return state.cluster(id).orElseThrow(() -> SandboxError.notFound("cluster " + id));
    }

    static JsonNode envelope(ObjectNode cluster) {
        return Json.MAPPER.createObjectNode().set("cluster", cluster.deepCopy());
    }

    /** For sample data: a cluster already in a given state. */
    static Map.Entry<String, Lifecycle> seeded(ObjectNode body, Instant created, String status) {
        CreateClusterRequest req = Json.MAPPER.convertValue(body, CreateClusterRequest.class);
        ObjectNode json = newCluster(body, req, created);
        Lifecycle entry = new Lifecycle(json);
        entry.set(status, created);
        return Map.entry(json.get("id").asText(), entry);
    }
}
