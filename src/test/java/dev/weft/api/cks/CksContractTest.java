package dev.weft.api.cks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.weft.api.ApiException;
import dev.weft.api.ApiRequest;
import dev.weft.api.FieldViolation;
import dev.weft.api.GrpcCode;
import dev.weft.api.vpc.Vpc;
import dev.weft.api.vpc.VpcApi;
import dev.weft.domain.cks.ClusterChanges;
import dev.weft.testing.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static dev.weft.testing.SandboxFixture.await;
import static dev.weft.testing.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** The CKS client against the sandbox over real HTTP: every endpoint and every documented rule. */
class CksContractTest {
    private SandboxFixture f;
    private CksApi cks;
    private Vpc east;
    private Vpc west;

    @BeforeEach
    void start() {
        f = SandboxFixture.withSampleData();
        cks = new CksApi(f.client);
        List<Vpc> vpcs = await(new VpcApi(f.client).list());
        east = vpcs.stream().filter(v -> v.zone().equals("US-EAST-04A")).findFirst().orElseThrow();
        west = vpcs.stream().filter(v -> v.zone().equals("US-WEST-04A")).findFirst().orElseThrow();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private CreateClusterRequest valid(String name) {
        return CreateClusterRequest.minimal(name, "US-EAST-04A", east.id(), "v1.34", "pod-cidr", "service-cidr", List.of("lb-c"));
    }

    private Cluster byName(String name) {
        return await(cks.list()).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listsTheSampleClustersInEveryState() {
        List<Cluster> clusters = await(cks.list());
        assertThat(clusters).extracting(Cluster::status).contains(ClusterStatus.RUNNING, ClusterStatus.CREATING, ClusterStatus.FAILED);
        Cluster prod = byName("prod-east");
        assertThat(prod.id()).isNotBlank();
        assertThat(prod.apiServerEndpoint()).matches("[0-9a-f]{6}-[0-9a-f]{8}\\.k8s\\.us-east-04a\\.coreweave\\.com");
        assertThat(prod.network().serviceNodePortRange()).isEqualTo(new ClusterNetwork.PortRange(30000, 32767));
        assertThat(prod.isUpgradeable()).isTrue();
        assertThat(prod.createdAt()).isNotNull();
    }

    @Test
    void createAssignsServerFieldsAndProvisionsToRunning() {
        Cluster created = await(cks.create(valid("new-one")));
        assertThat(created.id()).matches("[0-9a-f-]{36}");
        assertThat(created.status()).isEqualTo(ClusterStatus.CREATING);
        assertThat(created.isPublic()).isFalse();
        assertThat(created.isUpgradeable()).isTrue();
        assertThat(created.apiServerEndpoint()).endsWith(".k8s.us-east-04a.coreweave.com");
        assertThat(created.createdAt()).isEqualTo(f.clock.instant());

        f.clock.advance(SandboxFixture.PROVISIONING.minusSeconds(1));
        assertThat(await(cks.get(created.id())).status()).isEqualTo(ClusterStatus.CREATING);
        f.clock.advance(java.time.Duration.ofSeconds(2));
        Cluster running = await(cks.get(created.id()));
        assertThat(running.status()).isEqualTo(ClusterStatus.RUNNING);
        assertThat(running.updatedAt()).isAfter(running.createdAt());
    }

    @Test
    void createKeepsEveryOptionalField() {
        String audit = b64("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n");
        CreateClusterRequest full = new CreateClusterRequest("full", "US-EAST-04A", east.id(), "v1.35",
                new ClusterNetwork("pod-cidr", "service-cidr", List.of("lb-a", "lb-b"), null), true,
                new Oidc("https://issuer.example.com", "client", "sub", "oidc:", "groups", "g:", b64("ca"), null, null,
                        List.of(Oidc.RS256)),
                new Webhook("https://authz.example.com", b64("ca")), new Webhook("https://authn.example.com", null),
                audit, JsonNodeFactory.instance.objectNode().put("maxPods", 200), List.of("k8s.example.com", "10.0.0.1"),
                new Tailscale("ts-client", null), byName("prod-east").id(), true);
        Cluster c = await(cks.create(full));
        assertThat(c.oidc().issuerUrl()).isEqualTo("https://issuer.example.com");
        assertThat(c.authzWebhook().server()).isEqualTo("https://authz.example.com");
        assertThat(c.auditPolicy()).isEqualTo(audit);
        assertThat(c.kubelet().path("maxPods").asInt()).isEqualTo(200);
        assertThat(c.additionalServerSans()).containsExactly("k8s.example.com", "10.0.0.1");
        assertThat(c.tailscale().clientId()).isEqualTo("ts-client");
        assertThat(c.sharedStorageClusterId()).isEqualTo(byName("prod-east").id());
        assertThat(c.disableOidcInfoPublication()).isTrue();
        assertThat(c.isUpgradeable()).isFalse();
        assertThat(c.publicEndpoint()).isTrue();
    }

    static Stream<Arguments> brokenCreates() {
        return Stream.of(
                broken("name", r -> with(r, "name", "")),
                broken("name", r -> with(r, "name", "a".repeat(31))),
                broken("name", r -> with(r, "name", "Upper")),
                broken("name", r -> with(r, "name", "-leading")),
                broken("name", r -> with(r, "name", "trailing-")),
                broken("name", r -> with(r, "name", "under_score")),
                broken("zone", r -> with(r, "zone", "MARS-01A")),
                broken("zone", r -> with(r, "zone", null)),
                broken("vpcId", r -> with(r, "vpcId", "no-such-vpc")),
                broken("vpcId", r -> with(r, "vpcId", null)),
                broken("version", r -> with(r, "version", "1.34")),
                broken("version", r -> with(r, "version", "v1.34.2")),
                broken("version", r -> with(r, "version", "v1.29")),
                broken("version", r -> with(r, "version", null)),
                broken("network", r -> with(r, "network", null)),
                broken("network.podCidrName", r -> net(r, new ClusterNetwork("nope", "service-cidr", List.of("lb-a"), null))),
                broken("network.podCidrName", r -> net(r, new ClusterNetwork(null, "service-cidr", List.of("lb-a"), null))),
                broken("network.serviceCidrName", r -> net(r, new ClusterNetwork("pod-cidr", "nope", List.of("lb-a"), null))),
                broken("network.internalLbCidrNames", r -> net(r, new ClusterNetwork("pod-cidr", "service-cidr", List.of(), null))),
                broken("network.internalLbCidrNames", r -> net(r, new ClusterNetwork("pod-cidr", "service-cidr", List.of("lb-a", "lb-a"), null))),
                broken("network.internalLbCidrNames", r -> net(r, new ClusterNetwork("pod-cidr", "service-cidr", List.of("lb-z"), null))),
                broken("additionalServerSans", r -> with(r, "additionalServerSans",
                        Stream.iterate(1, i -> i + 1).limit(11).map(i -> "san" + i + ".example.com").toList())),
                broken("additionalServerSans", r -> with(r, "additionalServerSans", List.of("a.example.com", "a.example.com"))),
                broken("additionalServerSans", r -> with(r, "additionalServerSans", List.of(" "))),
                broken("auditPolicy", r -> with(r, "auditPolicy", "not base64!")),
                broken("auditPolicy", r -> with(r, "auditPolicy", b64("just a sentence"))),
                broken("oidc.issuerUrl", r -> with(r, "oidc", new Oidc("http://insecure.example.com", "c", null, null, null, null, null, null, null, null))),
                broken("oidc.issuerUrl", r -> with(r, "oidc", new Oidc(null, "c", null, null, null, null, null, null, null, null))),
                broken("oidc.clientId", r -> with(r, "oidc", new Oidc("https://i.example.com", null, null, null, null, null, null, null, null, null))),
                broken("oidc.ca", r -> with(r, "oidc", new Oidc("https://i.example.com", "c", null, null, null, null, "%%%", null, null, null))),
                broken("oidc.signingAlgorithms", r -> with(r, "oidc", new Oidc("https://i.example.com", "c", null, null, null, null, null, null, null, List.of("SIGNING_ALGORITHM_HS256")))),
                broken("authnWebhook.server", r -> with(r, "authnWebhook", new Webhook(null, null))),
                broken("authzWebhook.ca", r -> with(r, "authzWebhook", new Webhook("https://z.example.com", "???"))),
                broken("kubelet", r -> with(r, "kubelet", JsonNodeFactory.instance.textNode("maxPods=10"))),
                broken("tailscale.clientId", r -> with(r, "tailscale", new Tailscale("x".repeat(256), null))),
                broken("sharedStorageClusterId", r -> with(r, "sharedStorageClusterId", "no-such-cluster")));
    }

    @ParameterizedTest(name = "{0}: {index}")
    @MethodSource("brokenCreates")
    void eachBrokenRuleIsA400NamingItsField(String field, UnaryOperator<CreateClusterRequest> breaker) {
        ApiException e = failure(cks.create(breaker.apply(valid("rule-check"))));
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.grpcCode()).isEqualTo(GrpcCode.INVALID_ARGUMENT);
        assertThat(e.fieldViolations()).extracting(FieldViolation::field).contains(field);
        assertThat(await(cks.list())).extracting(Cluster::name).doesNotContain("rule-check");
    }

    @Test
    void aVpcInAnotherZoneIsRefused() {
        CreateClusterRequest r = with(valid("cross-zone"), "vpcId", west.id());
        ApiException e = failure(cks.create(r));
        assertThat(e.fieldViolations()).anySatisfy(v -> {
            assertThat(v.field()).isEqualTo("vpcId");
            assertThat(v.description()).contains("US-WEST-04A");
        });
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        CreateClusterRequest r = new CreateClusterRequest("Bad_Name", "MARS", null, "latest", null, null, null, null,
                null, null, null, null, null, null, null);
        ApiException e = failure(cks.create(r));
        assertThat(e.fieldViolations()).extracting(FieldViolation::field)
                .contains("name", "zone", "vpcId", "version", "network");
    }

    @Test
    void sendingAnIdOrAWrongTypeIsRefused() {
        ApiException withId = failure(f.client.send(ApiRequest.post(CksApi.CLUSTERS, "{\"id\": \"mine\", \"name\": \"x\"}")));
        assertThat(withId.fieldViolations()).extracting(FieldViolation::field).containsExactly("id");
        ApiException wrongType = failure(f.client.send(ApiRequest.post(CksApi.CLUSTERS, "{\"name\": \"x\", \"public\": \"yes\"}")));
        assertThat(wrongType.fieldViolations()).extracting(FieldViolation::field).containsExactly("public");
        ApiException notJson = failure(f.client.send(ApiRequest.post(CksApi.CLUSTERS, "{\"name\": ")));
        assertThat(notJson.httpStatus()).isEqualTo(400);
        assertThat(notJson.fieldViolations()).extracting(FieldViolation::field).containsExactly("body");
    }

    @Test
    void aTakenNameIs409() {
        ApiException e = failure(cks.create(valid("prod-east")));
        assertThat(e.httpStatus()).isEqualTo(409);
        assertThat(e.grpcCode()).isEqualTo(GrpcCode.ALREADY_EXISTS);
    }

    @Test
    void unknownIdsAre404AndBadTokens401() {
        assertThat(failure(cks.get("missing")).httpStatus()).isEqualTo(404);
        assertThat(failure(cks.delete("missing")).grpcCode()).isEqualTo(GrpcCode.NOT_FOUND);
        ApiException e = failure(new CksApi(f.clientWith("CW-SECRET-wrong")).list());
        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.grpcCode()).isEqualTo(GrpcCode.UNAUTHENTICATED);
    }

    /** A missing cluster may have been deleted; a missing list means the endpoint is another server's (a wrong path). */
    @Test
    void aMissingClusterIsSaidToBeDeletedAndAMissingListToBeAWrongEndpoint() {
        assertThat(failure(cks.get("missing")).userMessage()).startsWith("Not found; it may have been deleted.");
        var elsewhere = dev.weft.api.ApiClient.builder(java.net.URI.create(f.sandbox.baseUri() + "/not-the-api"))
                .token(dev.weft.api.ApiToken.of(dev.weft.sandbox.SandboxConfig.DEFAULT_TOKEN)).retry(dev.weft.api.RetryPolicy.none()).build();
        ApiException e = failure(new CksApi(elsewhere).list());
        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.userMessage()).startsWith("This server does not offer the list Weft asked for (HTTP 404 for GET /v1beta1/cks/clusters)")
                .contains("check the profile's endpoint and provider").doesNotContain("deleted");
    }

    @Test
    void upgradeMovesOneMinorAndPassesThroughUpgrading() {
        Cluster before = byName("legacy-batch");
        Cluster after = copy(before, "v1.33", before.network().internalLbCidrNames());
        ClusterUpdate update = ClusterChanges.between(before, after).orElseThrow();
        assertThat(update.updateMask()).isEqualTo("version");
        Cluster upgrading = await(cks.update(update));
        assertThat(upgrading.status()).isEqualTo(ClusterStatus.UPGRADING);
        assertThat(upgrading.version()).isEqualTo("v1.33");

        ApiException busy = failure(cks.update(ClusterChanges.between(upgrading, copy(upgrading, "v1.34", null)).orElseThrow()));
        assertThat(busy.grpcCode()).isEqualTo(GrpcCode.FAILED_PRECONDITION);
        assertThat(busy.httpStatus()).isEqualTo(400);

        f.afterProvisioning();
        assertThat(await(cks.get(before.id())).status()).isEqualTo(ClusterStatus.RUNNING);
    }

    @Test
    void versionsNeverSkipOrGoDown() {
        Cluster legacy = byName("legacy-batch");
        ApiException skip = failure(cks.update(ClusterChanges.between(legacy, copy(legacy, "v1.34", null)).orElseThrow()));
        assertThat(skip.fieldViolations()).extracting(FieldViolation::field).containsExactly("version");
        ApiException down = failure(cks.update(ClusterChanges.between(legacy, copy(legacy, "v1.31", null)).orElseThrow()));
        assertThat(down.fieldViolations().get(0).description()).contains("downgraded");
    }

    @Test
    void loadBalancerPrefixesAreAppendOnly() {
        Cluster prod = byName("prod-east");
        ApiException removed = failure(cks.update(ClusterChanges.between(prod, copy(prod, null, List.of("lb-b"))).orElseThrow()));
        assertThat(removed.fieldViolations()).extracting(FieldViolation::field).containsExactly("network.internalLbCidrNames");
        Cluster appended = await(cks.update(ClusterChanges.between(prod, copy(prod, null, List.of("lb-a", "lb-c"))).orElseThrow()));
        assertThat(appended.status()).isEqualTo(ClusterStatus.UPDATING);
        assertThat(appended.network().internalLbCidrNames()).containsExactly("lb-a", "lb-c");
        assertThat(appended.network().podCidrName()).isEqualTo("pod-cidr");
    }

    @Test
    void immutableFieldsAndNodePortRangeShrinkAreRefused() {
        Cluster prod = byName("prod-east");
        String body = "{\"id\": \"" + prod.id() + "\", \"updateMask\": \"name,zone,network.pod_cidr_name\", "
                + "\"name\": \"renamed\", \"zone\": \"US-EAST-01A\", \"network\": {\"podCidrName\": \"lb-c\"}}";
        ApiException e = failure(f.client.send(ApiRequest.patch(CksApi.CLUSTERS + "/" + prod.id(), body)));
        assertThat(e.fieldViolations()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("name", "zone", "network.podCidrName");

        String shrink = "{\"id\": \"" + prod.id() + "\", \"network\": {\"serviceNodePortRange\": {\"start\": 31000, \"end\": 32767}}}";
        ApiException s = failure(f.client.send(ApiRequest.patch(CksApi.CLUSTERS + "/" + prod.id(), shrink)));
        assertThat(s.fieldViolations()).extracting(FieldViolation::field).containsExactly("network.serviceNodePortRange");

        String grow = "{\"id\": \"" + prod.id() + "\", \"network\": {\"serviceNodePortRange\": {\"start\": 30000, \"end\": 32999}}}";
        Cluster grown = SandboxFixture.await(f.client.send(ApiRequest.patch(CksApi.CLUSTERS + "/" + prod.id(), grow)))
                .read(Cluster.Envelope.class).cluster();
        assertThat(grown.network().serviceNodePortRange().end()).isEqualTo(32999);
    }

    @Test
    void patchWithoutMaskAppliesWhatIsPresentAndTheIdMustMatch() {
        Cluster prod = byName("prod-east");
        Cluster c = await(f.client.send(ApiRequest.patch(CksApi.CLUSTERS + "/" + prod.id(),
                "{\"id\": \"" + prod.id() + "\", \"public\": false}"))).read(Cluster.Envelope.class).cluster();
        assertThat(c.isPublic()).isFalse();
        assertThat(c.name()).isEqualTo("prod-east");

        ApiException mismatch = failure(f.client.send(ApiRequest.patch(CksApi.CLUSTERS + "/" + prod.id(), "{\"id\": \"other\"}")));
        assertThat(mismatch.fieldViolations()).extracting(FieldViolation::field).containsExactly("id");
        ApiException readOnly = failure(f.client.send(ApiRequest.patch(CksApi.CLUSTERS + "/" + prod.id(),
                "{\"id\": \"" + prod.id() + "\", \"updateMask\": \"status\", \"status\": \"STATUS_RUNNING\"}")));
        assertThat(readOnly.fieldViolations()).extracting(FieldViolation::field).containsExactly("status");
    }

    @Test
    void aFailedClusterCanOnlyBeDeleted() {
        Cluster failed = byName("train-west");
        ApiException e = failure(cks.update(ClusterChanges.between(failed, copy(failed, "v1.34", null)).orElseThrow()));
        assertThat(e.grpcCode()).isEqualTo(GrpcCode.FAILED_PRECONDITION);
        Cluster deleting = await(cks.delete(failed.id()));
        assertThat(deleting.status()).isEqualTo(ClusterStatus.DELETING);
        assertThat(await(cks.get(failed.id())).status()).isEqualTo(ClusterStatus.DELETING);
        f.afterProvisioning();
        assertThat(failure(cks.get(failed.id())).httpStatus()).isEqualTo(404);
        assertThat(await(cks.list())).extracting(Cluster::name).doesNotContain("train-west");
    }

    @Test
    void aNameIsFreeAgainOnceItsClusterIsGone() {
        Cluster failed = byName("train-west");
        await(cks.delete(failed.id()));
        assertThat(failure(cks.create(with(valid("train-west"), "vpcId", east.id()))).httpStatus()).isEqualTo(409);
        f.afterProvisioning();
        assertThat(await(cks.create(valid("train-west"))).status()).isEqualTo(ClusterStatus.CREATING);
    }

    @Test
    void theOldIntegerStatusIsUnderstood() throws Exception {
        Cluster c = dev.weft.api.Json.MAPPER.readValue("{\"status\": 1, \"name\": \"x\"}", Cluster.class);
        assertThat(c.status()).isEqualTo(ClusterStatus.RUNNING);
        Cluster unknown = dev.weft.api.Json.MAPPER.readValue("{\"status\": \"STATUS_HIBERNATING\", \"extra\": 1}", Cluster.class);
        assertThat(ClusterStatus.label(unknown.status())).isEqualTo("Hibernating");
    }

    // ---- helpers: build variations of a request or a cluster ----

    private static Arguments broken(String field, UnaryOperator<CreateClusterRequest> breaker) {
        return Arguments.of(field, breaker);
    }

    static CreateClusterRequest net(CreateClusterRequest r, ClusterNetwork n) {
        return with(r, "network", n);
    }

    /** A copy of {@code r} with one component replaced, by the component's name. */
    static CreateClusterRequest with(CreateClusterRequest r, String component, Object value) {
        var node = dev.weft.api.Json.MAPPER.valueToTree(r);
        var obj = (com.fasterxml.jackson.databind.node.ObjectNode) node;
        String json = component.equals("isPublic") ? "public" : component;
        obj.set(json, dev.weft.api.Json.MAPPER.valueToTree(value));
        return dev.weft.api.Json.MAPPER.convertValue(obj, CreateClusterRequest.class);
    }

    private static Cluster copy(Cluster c, String version, List<String> lbs) {
        ClusterNetwork n = c.network();
        return new Cluster(c.id(), c.name(), c.zone(), c.vpcId(), c.isPublic(), version == null ? c.version() : version,
                lbs == null ? n : new ClusterNetwork(n.podCidrName(), n.serviceCidrName(), lbs, n.serviceNodePortRange()),
                c.oidc(), c.authzWebhook(), c.authnWebhook(), c.auditPolicy(), c.status(), c.apiServerEndpoint(),
                c.createdAt(), c.updatedAt(), c.isUpgradeable(), c.disableOidcInfoPublication(), c.kubelet(),
                c.additionalServerSans(), c.tailscale(), c.sharedStorageClusterId());
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
