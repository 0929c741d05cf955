package dev.weft.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.api.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The curl examples of the seeds, run with curl as the documents write them, against the sandbox:
 * they get the answers the documents describe. CI installs curl, so there this never skips.
 */
class SeedExamplesTest {
    @TempDir
    Path dir;
    private Sandbox sandbox;
    private String api;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(dev.weft.testing.Curl.usable(), "curl is not installed");
        sandbox = Sandbox.start(SandboxConfig.defaults().withProvisioning(java.time.Duration.ofSeconds(60)));
        api = sandbox.baseUri().toString();
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** {@code curl -X METHOD URL -H "Content-Type: application/json" -H "Authorization: Bearer TOKEN" [-d @data.json]}. */
    private Answer curl(String method, String path, String dataJson) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("curl", "-s", "-w", "\n%{http_code}", "-X", method, api + path,
                "-H", "Content-Type: application/json", "-H", "Authorization: Bearer " + SandboxConfig.DEFAULT_TOKEN));
        if (dataJson != null) {
            Files.writeString(dir.resolve("data.json"), dataJson);
            cmd.addAll(List.of("-d", "@data.json"));
        }
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        int nl = out.lastIndexOf('\n');
        String body = out.substring(0, nl);
        return new Answer(Integer.parseInt(out.substring(nl + 1).strip()),
                body.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(body));
    }

    record Answer(int status, JsonNode body) {
    }

    @Test
    void seed000ListGetPatchDelete() throws Exception {
        Answer list = curl("GET", "/v1beta1/cks/clusters", null);
        assertThat(list.status()).isEqualTo(200);
        JsonNode first = list.body().get("items").get(0);
        for (String field : List.of("id", "name", "zone", "vpcId", "public", "version", "network", "status",
                "apiServerEndpoint", "createdAt", "updatedAt")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        String id = running(list.body()).get("id").asText();

        Answer get = curl("GET", "/v1beta1/cks/clusters/" + id, null);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.body().get("cluster").get("id").asText()).isEqualTo(id);

        Answer patch = curl("PATCH", "/v1beta1/cks/clusters/" + id, "{\"id\": \"" + id + "\", \"public\": false}");
        assertThat(patch.status()).isEqualTo(200);
        assertThat(patch.body().at("/cluster/status").asText()).isEqualTo("STATUS_UPDATING");

        Answer delete = curl("DELETE", "/v1beta1/cks/clusters/" + id, null);
        assertThat(delete.status()).isEqualTo(200);
        assertThat(delete.body().at("/cluster/id").asText()).isEqualTo(id);
        assertThat(delete.body().at("/cluster/status").asText()).isEqualTo("STATUS_DELETING");
    }

    @Test
    void seed001CreateWithRealValuesAnswersEveryDocumentedField() throws Exception {
        String vpcId = curl("GET", "/v1beta1/networking/vpcs", null).body().at("/items/0/id").asText();
        String data = """
                {"name": "docs-example", "zone": "US-EAST-04A", "vpcId": "%s", "version": "v1.35",
                 "network": {"podCidrName": "pod-cidr", "serviceCidrName": "service-cidr", "internalLbCidrNames": ["lb-c"]},
                 "public": true, "auditPolicy": "eyJraW5kIjogIlBvbGljeSJ9", "disableOidcInfoPublication": true,
                 "kubelet": {}, "additionalServerSans": ["api.example.com"], "tailscale": {"clientId": "ts"}}
                """.formatted(vpcId);
        Answer created = curl("POST", "/v1beta1/cks/clusters", data);
        assertThat(created.status()).isEqualTo(200);
        JsonNode c = created.body().get("cluster");
        for (String field : List.of("name", "zone", "vpcId", "version", "id", "public", "auditPolicy", "apiServerEndpoint",
                "createdAt", "updatedAt", "isUpgradeable", "disableOidcInfoPublication", "kubelet", "additionalServerSans",
                "tailscale", "status")) {
            assertThat(c.has(field)).as(field).isTrue();
        }
        assertThat(c.at("/network/serviceNodePortRange/start").asInt()).isEqualTo(30000);
        assertThat(c.get("status").asText()).isEqualTo("STATUS_CREATING");
        assertThat(c.get("createdAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Test
    void seed001ExampleAsPrintedIsRefusedFieldByField() throws Exception {
        String asPrinted = """
                {"name": "<string>", "zone": "<string>", "vpcId": "<string>", "version": "<string>",
                 "network": {"podCidrName": "<string>", "serviceCidrName": "<string>", "internalLbCidrNames": ["<string>"]},
                 "public": true, "auditPolicy": "<string>", "sharedStorageClusterId": "<string>",
                 "disableOidcInfoPublication": true, "kubelet": {}, "additionalServerSans": ["<string>"],
                 "tailscale": {"clientId": "<string>"}}
                """;
        Answer a = curl("POST", "/v1beta1/cks/clusters", asPrinted);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().get("code").asInt()).isEqualTo(3);
        List<String> fields = a.body().at("/details/0/fieldViolations").findValuesAsText("field");
        assertThat(a.body().at("/details/0/@type").asText()).isEqualTo("type.googleapis.com/google.rpc.BadRequest");
        assertThat(fields).contains("name", "zone", "vpcId", "version", "auditPolicy", "sharedStorageClusterId");
    }

    @Test
    void seed000CreateRequiredFieldsMissingAreEachNamed() throws Exception {
        Answer a = curl("POST", "/v1beta1/cks/clusters", "{}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().at("/details/0/fieldViolations").findValuesAsText("field"))
                .contains("name", "zone", "vpcId", "version", "network");
    }

    // ---- seed 004: AI Object Storage ----

    @Test
    void seed004AccessKeys() throws Exception {
        Answer permanent = curl("POST", "/v1/cwobject/access-key", "{\"durationSeconds\": 0}");
        assertThat(permanent.status()).isEqualTo(200);
        assertThat(fields(permanent.body())).containsExactlyInAnyOrder("accessKeyID", "principalName", "secretKey");
        Answer temporary = curl("POST", "/v1/cwobject/access-key", "{\"durationSeconds\": 300}");
        assertThat(fields(temporary.body())).containsExactlyInAnyOrder("accessKeyID", "expiry", "principalName", "secretKey");
        String id = temporary.body().get("accessKeyID").asText();

        Answer list = curl("GET", "/v1/cwobject/access-key", null);
        assertThat(fields(list.body().get("info").get(0)))
                .contains("accessKeyId", "status", "principalName", "attributes", "orgId");
        Answer one = curl("GET", "/v1/cwobject/access-key/" + id, null);
        assertThat(one.body().at("/info/accessKeyId").asText()).isEqualTo(id);
        assertThat(one.body().at("/info/status").asText()).isEqualTo("ACTIVE");

        Answer revoke = curl("POST", "/v1/cwobject/revoke-access-key/access-key", "{\"accessKey\": \"" + id + "\"}");
        assertThat(revoke.status()).isEqualTo(200);
        assertThat(revoke.body().isEmpty()).isTrue();
        assertThat(curl("POST", "/v1/cwobject/revoke-access-key/access-key", "{\"accessKey\": \"example-access-key\"}").status())
                .isEqualTo(404);
        Answer byPrincipal = curl("POST", "/v1/cwobject/revoke-access-key/principal",
                "{\"principalName\": \"coreweave/ueqXfgRCYGqptEXAMPLE1\"}");
        assertThat(byPrincipal.status()).isEqualTo(200);
        assertThat(byPrincipal.body().isEmpty()).isTrue();
    }

    @Test
    void seed004SamlAsPrintedIsRefusedAndAValidOneAnswersLikeAKey() throws Exception {
        Answer asPrinted = curl("POST", "/v1/cwobject/temporary-credentials/saml", """
                {"durationSeconds": 300, "orgId": "abc123", "configId": "<WORKLOAD_FEDERATION_CONFIG_ID>",
                 "samlResponse": "<BASE64_ENCODED_SAML_RESPONSE>"}
                """);
        assertThat(asPrinted.status()).isEqualTo(400);
        assertThat(asPrinted.body().at("/details/0/fieldViolations").findValuesAsText("field")).contains("samlResponse");
        Answer valid = curl("POST", "/v1/cwobject/temporary-credentials/saml",
                "{\"durationSeconds\": 300, \"orgId\": \"sandbox-org\", \"configId\": \"cfg\", \"samlResponse\": \"PHNhbWw+PC9zYW1sPg==\"}");
        assertThat(valid.status()).isEqualTo(200);
        assertThat(fields(valid.body())).containsExactlyInAnyOrder("accessKeyID", "expiry", "principalName", "secretKey");
    }

    @Test
    void seed004Policies() throws Exception {
        Answer list = curl("GET", "/v1/cwobject/access-policy", null);
        assertThat(list.body().at("/policies/0/version").asText()).isEqualTo("v1alpha1");
        Answer ensure = curl("POST", "/v1/cwobject/access-policy", """
                {"policy": {"version": "v1alpha1", "name": "test-policy", "statements": [
                  {"name": "allow-everything", "effect": "Allow", "actions": ["*"], "resources": ["*"], "principals": ["*"]}]}}
                """);
        assertThat(ensure.status()).isEqualTo(200);
        assertThat(ensure.body().isEmpty()).isTrue();
        Answer delete = curl("DELETE", "/v1/cwobject/access-policy/test-policy", null);
        assertThat(delete.status()).isEqualTo(200);
        assertThat(delete.body().isEmpty()).isTrue();
        assertThat(curl("DELETE", "/v1/cwobject/access-policy/test-policy", null).status()).isEqualTo(404);
    }

    @Test
    void seed004BucketsAndSettings() throws Exception {
        Answer list = curl("GET", "/v1/cwobject/bucket-info", null);
        assertThat(fields(list.body().at("/info/0"))).contains("orgId", "name", "creationTime", "settings", "location", "usage");
        assertThat(fields(list.body().at("/info/0/usage/0"))).containsExactlyInAnyOrder("measurementType", "value", "valueHumanReadable");
        String name = list.body().at("/info/0/name").asText();
        assertThat(curl("GET", "/v1/cwobject/bucket-info/" + name, null).body().at("/info/name").asText()).isEqualTo(name);

        Answer settings = curl("PUT", "/v1/cwobject/bucket/settings",
                "{\"bucketName\": \"" + name + "\", \"settings\": {\"auditLoggingEnabled\": true}}");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body().at("/settings/auditLoggingEnabled").asBoolean()).isTrue();
        assertThat(curl("PUT", "/v1/cwobject/bucket/settings",
                "{\"bucketName\": \"string\", \"settings\": {\"auditLoggingEnabled\": true}}").status()).isEqualTo(404);

        Answer org = curl("PUT", "/v1/cwobject/organization/settings",
                "{\"settings\": {\"controlPlaneAuditLoggingEnabled\": true, \"bucketAuditLoggingEnabled\": true}}");
        assertThat(org.status()).isEqualTo(200);
        assertThat(org.body().get("settings")).isEqualTo(Json.MAPPER.readTree(
                "{\"controlPlaneAuditLoggingEnabled\": true, \"bucketAuditLoggingEnabled\": true}"));
    }

    // ---- seed 003: Kupe Cloud ----

    @Test
    void seed003CreateWaitAndConnect() throws Exception {
        sandbox.close();
        sandbox = Sandbox.start(SandboxConfig.defaults().withEmpty(true).withProvisioning(java.time.Duration.ofSeconds(2)));
        api = sandbox.baseUri().toString();
        String clusters = "/api/v1/tenants/sandbox/clusters";
        Answer created = curl("POST", clusters, """
                {"name": "production", "displayName": "Production", "type": "shared", "version": "1.31",
                 "resources": {"cpu": "4", "memory": "16Gi", "storage": "100Gi"}}
                """);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().at("/status/phase").asText()).isEqualTo("Pending");
        assertThat(fields(created.body())).contains("name", "displayName", "type", "version", "resources", "status",
                "resourceVersion", "createdAt");
        assertThat(curl("GET", clusters + "/production/kubeconfig", null).status()).isEqualTo(503);

        String phase = "";
        for (int i = 0; i < 60 && !phase.equals("Running"); i++) {
            phase = curl("GET", clusters + "/production", null).body().at("/status/phase").asText();
            Thread.sleep(100);
        }
        assertThat(phase).isEqualTo("Running");
        Answer connection = curl("GET", clusters + "/production/kubeconfig", null);
        assertThat(connection.status()).isEqualTo(200);
        assertThat(fields(connection.body())).containsExactlyInAnyOrder("endpoint", "certificateAuthority");
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode running(JsonNode items) {
        for (JsonNode c : items.get("items")) {
            if (c.get("status").asText().equals("STATUS_RUNNING")) {
                return c;
            }
        }
        throw new AssertionError("no running sample cluster");
    }
}
