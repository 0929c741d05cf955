package dev.weft.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.FieldViolation;
import dev.weft.api.Json;
import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.api.objectstorage.BucketSettings;
import dev.weft.api.objectstorage.CreateAccessKeyRequest;
import dev.weft.api.objectstorage.OrganizationSettings;
import dev.weft.api.objectstorage.SamlCredentialsRequest;
import dev.weft.domain.Encodings;
import dev.weft.domain.objectstorage.AccessKeyRules;
import dev.weft.domain.objectstorage.BucketRules;
import dev.weft.domain.policy.PolicyRules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The AI Object Storage endpoints under {@code /v1/cwobject}, as seed 004 and api-notes describe. */
final class ObjectStorageRoutes {
    static final String BASE = "/v1/cwobject";
    private static final Pattern SAML_ISSUER = Pattern.compile("<(?:\\w+:)?Issuer[^>]*>\\s*([^<\\s]+)\\s*<");
    private static final Pattern SAML_NAME_ID = Pattern.compile("<(?:\\w+:)?NameID[^>]*>\\s*([^<\\s]+)\\s*<");

    private final ObjectStorageState state;

    ObjectStorageRoutes(ObjectStorageState state) {
        this.state = state;
    }

    record RevokeKey(String accessKey) {
    }

    record RevokePrincipal(String principalName) {
    }

    void register(Dispatcher d) {
        d.add(new Route("POST", BASE + "/access-key", this::createKey));
        d.add(new Route("GET", BASE + "/access-key", r -> ok("info", state.keyInfos())));
        d.add(new Route("GET", BASE + "/access-key/{id}", r -> ok("info",
                state.keyInfo(r.param("id")).orElseThrow(() -> SandboxError.notFound("access key " + r.param("id"))))));
        d.add(new Route("POST", BASE + "/revoke-access-key/access-key", this::revokeKey));
        d.add(new Route("POST", BASE + "/revoke-access-key/principal", this::revokePrincipal));
        d.add(new Route("POST", BASE + "/temporary-credentials/saml", this::saml));
        d.add(new Route("GET", BASE + "/access-policy", r -> ok("policies", state.policies())));
        d.add(new Route("POST", BASE + "/access-policy", this::ensurePolicy));
        d.add(new Route("DELETE", BASE + "/access-policy/{name}", this::deletePolicy));
        d.add(new Route("GET", BASE + "/bucket-info", r -> ok("info", state.buckets())));
        d.add(new Route("GET", BASE + "/bucket-info/{name}", r -> ok("info",
                state.bucket(r.param("name")).orElseThrow(() -> SandboxError.notFound("bucket " + r.param("name"))))));
        d.add(new Route("PUT", BASE + "/bucket/settings", this::bucketSettings));
        d.add(new Route("PUT", BASE + "/organization/settings", this::setOrganization));
        d.add(new Route("GET", BASE + "/organization/settings", r -> ok("settings", state.organization())));
    }

    private SandboxResponse createKey(SandboxRequest r) {
        CreateAccessKeyRequest req = StrictJson.read(r.object(), CreateAccessKeyRequest.class);
        invalidUnlessEmpty(AccessKeyRules.validateCreate(req));
        return created(state.mint(Principals.of(r.token()), req.durationSeconds(), req.attributes()));
    }

    private SandboxResponse saml(SandboxRequest r) {
        SamlCredentialsRequest req = StrictJson.read(r.object(), SamlCredentialsRequest.class);
        List<FieldViolation> violations = new java.util.ArrayList<>(AccessKeyRules.validateSaml(req));
        if (req.orgId() != null && !req.orgId().isBlank() && !req.orgId().equals(ObjectStorageState.ORG_ID)) {
            violations.add(new FieldViolation("orgId", "is not this organization's id (" + ObjectStorageState.ORG_ID + ")"));
        }
        invalidUnlessEmpty(violations);
        return created(state.mint(samlPrincipal(req), req.durationSeconds(), Map.of("source", "saml")));
    }

    /** {@code role/<issuer>:<subject>} from the assertion when it names them, else from the configuration id. */
    static String samlPrincipal(SamlCredentialsRequest req) {
        String xml = Encodings.base64(req.samlResponse()).map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
        Matcher issuer = SAML_ISSUER.matcher(xml);
        Matcher subject = SAML_NAME_ID.matcher(xml);
        if (issuer.find() && subject.find()) {
            return "role/" + issuer.group(1) + ":" + subject.group(1);
        }
        return "role/saml:" + req.configId();
    }

    private static SandboxResponse created(Map.Entry<ObjectStorageState.Key, String> minted) {
        ObjectStorageState.Key k = minted.getKey();
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("accessKeyID", k.id);
        if (k.expiry != null) {
            body.put("expiry", k.expiry.toString());
        }
        body.put("principalName", k.principal);
        body.put("secretKey", minted.getValue());
        return SandboxResponse.ok(body);
    }

    private SandboxResponse revokeKey(SandboxRequest r) {
        RevokeKey req = StrictJson.read(r.object(), RevokeKey.class);
        requireText("accessKey", req.accessKey());
        if (!state.revoke(req.accessKey())) {
            throw SandboxError.notFound("access key " + req.accessKey());
        }
        return SandboxResponse.ok(Json.MAPPER.createObjectNode());
    }

    private SandboxResponse revokePrincipal(SandboxRequest r) {
        RevokePrincipal req = StrictJson.read(r.object(), RevokePrincipal.class);
        requireText("principalName", req.principalName());
        state.revokePrincipal(req.principalName());
        return SandboxResponse.ok(Json.MAPPER.createObjectNode());
    }

    private SandboxResponse ensurePolicy(SandboxRequest r) {
        AccessPolicy.Ensure req = StrictJson.read(r.object(), AccessPolicy.Ensure.class);
        invalidUnlessEmpty(PolicyRules.validate(req.policy()));
        state.putPolicy(req.policy());
        return SandboxResponse.ok(Json.MAPPER.createObjectNode());
    }

    private SandboxResponse deletePolicy(SandboxRequest r) {
        if (!state.deletePolicy(r.param("name"))) {
            throw SandboxError.notFound("access policy " + r.param("name"));
        }
        return SandboxResponse.ok(Json.MAPPER.createObjectNode());
    }

    private SandboxResponse bucketSettings(SandboxRequest r) {
        BucketSettings.Update req = StrictJson.read(r.object(), BucketSettings.Update.class);
        invalidUnlessEmpty(BucketRules.validateSettings(req));
        BucketSettings after = state.updateSettings(req.bucketName(), req.settings())
                .orElseThrow(() -> SandboxError.notFound("bucket " + req.bucketName()));
        return ok("settings", after);
    }

    private SandboxResponse setOrganization(SandboxRequest r) {
        OrganizationSettings.Envelope req = StrictJson.read(r.object(), OrganizationSettings.Envelope.class);
        if (req.settings() == null) {
            throw SandboxError.invalid(List.of(new FieldViolation("settings", "is required")));
        }
        return ok("settings", state.updateOrganization(req.settings()));
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw SandboxError.invalid(List.of(new FieldViolation(field, "is required")));
        }
    }

    private static void invalidUnlessEmpty(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw SandboxError.invalid(violations);
        }
    }

    private static SandboxResponse ok(String field, Object value) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set(field, Json.MAPPER.valueToTree(value));
        return SandboxResponse.ok(body);
    }
}
