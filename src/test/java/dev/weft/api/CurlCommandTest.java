package dev.weft.api;

import dev.weft.api.cks.CksApi;
import dev.weft.api.cks.CreateClusterRequest;
import dev.weft.testing.SandboxFixture;
import dev.weft.sandbox.SandboxConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CurlCommandTest {
    private static final String TOKEN = "CW-SECRET-real-token-value";

    @Test
    void theTokenIsAPlaceholderNeverTheValue() {
        ApiClient c = ApiClient.builder(Endpoints.COREWEAVE).token(ApiToken.of(TOKEN)).build();
        String curl = c.curl(CksApi.listRequest());
        assertThat(curl).contains("$COREWEAVE_API_TOKEN").doesNotContain(TOKEN)
                .contains("'https://api.coreweave.com/v1beta1/cks/clusters'").startsWith("curl -X GET");
    }

    @Test
    void theVariableNameFollowsTheClient() {
        ApiClient c = ApiClient.builder(Endpoints.KUPE).tokenVariable("KUPE_API_KEY").token(ApiToken.of(TOKEN)).build();
        assertThat(c.curl(ApiRequest.get("/api/v1/tenants/t/clusters"))).contains("$KUPE_API_KEY").doesNotContain(TOKEN);
    }

    @Test
    void bodiesAndHeadersAreQuotedForTheShell() {
        ApiRequest r = ApiRequest.post("/x", "{\"name\": \"it's\"}").withHeader("If-Match", "\"abc\"");
        String curl = CurlCommand.render(Endpoints.COREWEAVE, r, "COREWEAVE_API_TOKEN");
        assertThat(curl).contains("-d '{\"name\": \"it'\\''s\"}'").contains("-H 'If-Match: \"abc\"'");
    }

    /** What PowerShell's command is made from: the curl command read back as the shell reads it, whatever its body holds. */
    @Test
    void aRenderedCommandReadsBackAsItsRequest() {
        String body = "{\"name\": \"it's a \\\"test\\\" at $HOME `x` \\\\ ünïcode ‘quoted’\",\n  \"n\": 1}";
        ApiRequest post = ApiRequest.post("/v1/cwobject/access-policy", body).withHeader("If-Match", "\"abc\"");
        CurlCommand.Parsed p = CurlCommand.parse(CurlCommand.render(Endpoints.COREWEAVE, post, "COREWEAVE_API_TOKEN")).orElseThrow();
        assertThat(p.method()).isEqualTo("POST");
        assertThat(p.url()).isEqualTo("https://api.coreweave.com/v1/cwobject/access-policy");
        assertThat(p.body()).isEqualTo(post.jsonBody());
        assertThat(p.headers()).containsExactly(java.util.Map.entry("Content-Type", "application/json"), java.util.Map.entry("If-Match", "\"abc\""));
        assertThat(p.tokenVariable()).isEqualTo("COREWEAVE_API_TOKEN");

        CurlCommand.Parsed get = CurlCommand.parse(CurlCommand.render(Endpoints.KUPE, ApiRequest.get("/api/v1/tenants/t/clusters"),
                "KUPE_API_KEY")).orElseThrow();
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.body()).isNull();
        assertThat(get.tokenVariable()).isEqualTo("KUPE_API_KEY");
        assertThat(CurlCommand.parse("# Nothing changed yet: there is no request to send.")).as("a note, not a command").isEmpty();
    }

    /** The rendered text really works: bash runs it against the sandbox with the token in the environment. */
    @Test
    void theRenderedCommandRunsAgainstTheSandbox() throws Exception {
        assumeTrue(dev.weft.testing.Curl.usable(), "curl is not installed");
        try (SandboxFixture f = SandboxFixture.withSampleData()) {
            String list = f.client.curl(CksApi.listRequest());
            String out = runBash(list);
            assertThat(out).contains("\"items\"").contains("prod-east");

            String vpcId = SandboxFixture.await(new dev.weft.api.vpc.VpcApi(f.client).list()).get(0).id();
            String create = f.client.curl(CksApi.createRequest(CreateClusterRequest.minimal("from-curl", "US-EAST-04A",
                    vpcId, "v1.35", "pod-cidr", "service-cidr", List.of("lb-c"))));
            assertThat(runBash(create)).contains("\"name\":\"from-curl\"").contains("STATUS_CREATING");
        }
    }

    private static String runBash(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command + " --silent --show-error");
        pb.environment().put("COREWEAVE_API_TOKEN", SandboxConfig.DEFAULT_TOKEN);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
