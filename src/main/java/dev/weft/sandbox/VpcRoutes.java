package dev.weft.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.FieldViolation;
import dev.weft.api.GrpcCode;
import dev.weft.api.Json;
import dev.weft.api.vpc.Vpc;
import dev.weft.domain.cks.VpcRules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The VPC endpoints under {@code /v1beta1/networking/vpcs} (api-notes: not in the seeds, but a cluster needs one). */
final class VpcRoutes {
    static final String BASE = "/v1beta1/networking/vpcs";

    private final CksState state;

    VpcRoutes(CksState state) {
        this.state = state;
    }

    void register(Dispatcher d) {
        d.add(new Route("GET", BASE, r -> list()));
        d.add(new Route("POST", BASE, this::create));
        d.add(new Route("GET", BASE + "/{id}", r -> SandboxResponse.ok(envelope(find(r.param("id")).json))));
        d.add(new Route("DELETE", BASE + "/{id}", this::delete));
    }

    private SandboxResponse list() {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.putArray("items").addAll(state.vpcs());
        return SandboxResponse.ok(body);
    }

    private SandboxResponse create(SandboxRequest r) {
        ObjectNode body = r.object();
        if (body.has("id")) {
            throw SandboxError.invalid(List.of(new FieldViolation("id", "is assigned by the server; do not send it")));
        }
        Vpc.Create req = StrictJson.read(body, Vpc.Create.class);
        List<FieldViolation> violations = VpcRules.validateCreate(req);
        if (!violations.isEmpty()) {
            throw SandboxError.invalid(violations);
        }
        synchronized (state) {
            if (state.vpcNameTaken(req.name())) {
                throw SandboxError.of(GrpcCode.ALREADY_EXISTS, "a VPC named " + req.name() + " already exists");
            }
            Instant now = state.now();
            Lifecycle entry = new Lifecycle(newVpc(req, now));
            entry.set(Vpc.CREATING, now).then(Vpc.READY, now.plus(state.vpcProvisioning()));
            state.putVpc(entry.json.get("id").asText(), entry);
            return SandboxResponse.ok(envelope(entry.json));
        }
    }

    static ObjectNode newVpc(Vpc.Create req, Instant now) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("id", UUID.randomUUID().toString());
        json.put("name", req.name());
        json.put("zone", req.zone());
        json.set("vpcPrefixes", Json.MAPPER.valueToTree(req.vpcPrefixes() == null ? List.of() : req.vpcPrefixes()));
        json.put("createdAt", now.toString());
        json.put("updatedAt", now.toString());
        return json;
    }

    private SandboxResponse delete(SandboxRequest r) {
        synchronized (state) {
            Lifecycle entry = find(r.param("id"));
            List<String> users = state.clustersInVpc(r.param("id"));
            if (!users.isEmpty()) {
                throw SandboxError.of(GrpcCode.FAILED_PRECONDITION,
                        "the VPC is in use by cluster(s) " + String.join(", ", users) + "; delete them first");
            }
            if (!Vpc.DELETING.equals(entry.status())) {
                Instant now = state.now();
                entry.set(Vpc.DELETING, now).then(null, now.plus(state.vpcProvisioning()));
            }
            return SandboxResponse.ok(envelope(entry.json));
        }
    }

    private Lifecycle find(String id) {
        return state.vpc(id).orElseThrow(() -> SandboxError.notFound("VPC " + id));
    }

    private static JsonNode envelope(ObjectNode vpc) {
        return Json.MAPPER.createObjectNode().set("vpc", vpc.deepCopy());
    }
}
