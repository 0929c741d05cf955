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
 * The curl examples of seeds 000 and 001, run with curl as the documents write them, against the
 * sandbox: they get the answers the documents describe. CI installs curl, so there this never skips.
 */
class SeedExamplesTest {
    @TempDir
    Path dir;
    private Sandbox sandbox;
    private String api;

    @BeforeEach
    void start() throws Exception {
        assumeTrue(curlWorks() || "true".equals(System.getenv("CI")), "curl is not installed");
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
        return new Answer(Integer.parseInt(out.substring(nl + 1).strip()), Json.MAPPER.readTree(out.substring(0, nl)));
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

    private static JsonNode running(JsonNode items) {
        for (JsonNode c : items.get("items")) {
            if (c.get("status").asText().equals("STATUS_RUNNING")) {
                return c;
            }
        }
        throw new AssertionError("no running sample cluster");
    }

    private static boolean curlWorks() {
        try {
            return new ProcessBuilder("curl", "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
