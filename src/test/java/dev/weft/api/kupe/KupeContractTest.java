package dev.weft.api.kupe;

import dev.weft.api.ApiClient;
import dev.weft.api.ApiException;
import dev.weft.api.ApiRequest;
import dev.weft.api.ApiResponse;
import dev.weft.api.Json;
import dev.weft.testing.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static dev.weft.testing.SandboxFixture.await;
import static dev.weft.testing.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** The Kupe client against the sandbox over real HTTP (seed 003): ETags, phases, conflicts, connection details. */
class KupeContractTest {
    private SandboxFixture f;
    private KupeApi kupe;

    @BeforeEach
    void start() {
        f = SandboxFixture.withSampleData();
        kupe = new KupeApi(f.client, "sandbox");
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private static KupeCluster.Spec spec(String name) {
        return new KupeCluster.Spec(name, "Display " + name, "shared", "1.31",
                new KupeCluster.Resources("4", "16Gi", "100Gi"), null);
    }

    private String phase(String name) {
        return await(kupe.get(name)).value().phase();
    }

    @Test
    void twoSampleClusters() {
        List<KupeCluster> clusters = await(kupe.list());
        assertThat(clusters).extracting(KupeCluster::name).containsExactly("production", "playground");
        assertThat(clusters).extracting(KupeCluster::phase).containsExactly(KupePhase.RUNNING, KupePhase.PENDING);
    }

    @Test
    void createAnswers201WithAnETagThenProvisions() {
        ApiResponse raw = await(f.client.send(kupe.createRequest(spec("raw-check"))));
        assertThat(raw.status()).isEqualTo(201);
        assertThat(raw.header("ETag")).hasValueSatisfying(e -> assertThat(e).matches("\"\\d+\""));

        Versioned<KupeCluster> created = await(kupe.create(spec("production-2")));
        KupeCluster c = created.value();
        assertThat(c.phase()).isEqualTo(KupePhase.PENDING);
        assertThat(c.generation()).isEqualTo(1);
        assertThat(c.createdAt()).isEqualTo(f.clock.instant());
        assertThat(created.etag()).isEqualTo("\"" + c.resourceVersion() + "\"");

        f.clock.advance(SandboxFixture.PROVISIONING.dividedBy(4));
        Versioned<KupeCluster> provisioning = await(kupe.get("production-2"));
        assertThat(provisioning.value().phase()).isEqualTo(KupePhase.PROVISIONING);
        assertThat(provisioning.etag()).isNotEqualTo(created.etag());

        f.afterProvisioning();
        KupeCluster running = await(kupe.get("production-2")).value();
        assertThat(running.phase()).isEqualTo(KupePhase.RUNNING);
        assertThat(running.status().observedGeneration()).isEqualTo(1);
        assertThat(running.status().kubernetesVersion()).isEqualTo("1.31");
        assertThat(running.status().endpoint()).startsWith("https://production-2-");
    }

    @Test
    void versionDefaultsToTheLatestStable() {
        KupeCluster c = await(kupe.create(new KupeCluster.Spec("noversion", "No version", "dedicated", null, null, null))).value();
        assertThat(c.version()).isEqualTo("1.32");
    }

    @Test
    void createRulesAndTheErrorShape() throws Exception {
        for (KupeCluster.Spec bad : List.of(
                new KupeCluster.Spec("a", "A", "shared", null, null, null),
                new KupeCluster.Spec("Upper", "A", "shared", null, null, null),
                new KupeCluster.Spec("x".repeat(64), "A", "shared", null, null, null),
                new KupeCluster.Spec("ok-name", null, "shared", null, null, null),
                new KupeCluster.Spec("ok-name", "A", "huge", null, null, null),
                new KupeCluster.Spec("ok-name", "A", "shared", "v1.31", null, null),
                new KupeCluster.Spec("ok-name", "A", "shared", "1.99", null, null),
                new KupeCluster.Spec("ok-name", "A", "shared", null, new KupeCluster.Resources("4 cores", null, null), null),
                new KupeCluster.Spec("ok-name", "A", "shared", null, new KupeCluster.Resources(null, "16GB", null), null),
                new KupeCluster.Spec("ok-name", "A", "shared", null, null, Json.MAPPER.readTree("[1]")))) {
            ApiException e = failure(kupe.create(bad));
            assertThat(e.httpStatus()).as(bad.toString()).isEqualTo(400);
            assertThat(e.serverMessage()).as(bad.toString()).isNotBlank();
            assertThat(e.requestId()).isPresent();
        }
        ApiException raw = failure(f.client.send(kupe.createRequest(new KupeCluster.Spec("a", "A", "shared", null, null, null))));
        assertThat(raw.serverMessage()).startsWith("name: ");
        assertThat(failure(kupe.create(spec("production"))).httpStatus()).isEqualTo(409);
    }

    @Test
    void anotherTenantIs403() {
        ApiException e = failure(new KupeApi(f.client, "someone-else").list());
        assertThat(e.httpStatus()).isEqualTo(403);
        assertThat(e.serverMessage()).contains("someone-else");
        assertThat(e.userMessage()).as("a profile's tenant that is not its key's").contains("someone-else")
                .endsWith("A Kupe API key belongs to one tenant: check the profile's tenant.");
    }

    @Test
    void anETagConflictCarriesTheServersVersionAndChangesNothing() {
        Versioned<KupeCluster> mine = await(kupe.get("production"));
        Versioned<KupeCluster> theirs = await(kupe.patch("production",
                new KupeCluster.Patch(null, new KupeCluster.Resources("32", null, null), null), mine.etag()));
        assertThat(theirs.value().resources().cpu()).isEqualTo("32");
        assertThat(theirs.value().resources().memory()).isEqualTo("64Gi");
        assertThat(theirs.etag()).isNotEqualTo(mine.etag());
        assertThat(theirs.value().generation()).isEqualTo(mine.value().generation() + 1);
        assertThat(theirs.value().status().observedGeneration()).isEqualTo(theirs.value().generation());

        ApiException e = failure(kupe.patch("production",
                new KupeCluster.Patch(null, new KupeCluster.Resources(null, "128Gi", null), null), mine.etag()));
        assertThat(e).isInstanceOf(KupeConflictException.class);
        assertThat(e.httpStatus()).isEqualTo(412);
        KupeConflictException conflict = (KupeConflictException) e;
        assertThat(conflict.current().value().resources().cpu()).isEqualTo("32");
        assertThat(conflict.current().etag()).isEqualTo(theirs.etag());
        assertThat(phase("production")).isEqualTo(KupePhase.RUNNING);
        assertThat(await(kupe.get("production")).value().resources().memory()).isEqualTo("64Gi");

        Versioned<KupeCluster> reapplied = await(kupe.patch("production",
                new KupeCluster.Patch(null, new KupeCluster.Resources(null, "128Gi", null), null), conflict.current().etag()));
        assertThat(reapplied.value().resources()).isEqualTo(new KupeCluster.Resources("32", "128Gi", "500Gi"));
    }

    @Test
    void aChangeMadeBetweenTwoVersionsRemovesWhatTheNewOneLeavesOut() throws Exception {
        KupeCluster loaded = await(kupe.get("production")).value();
        KupeCluster.Patch change = KupeCluster.Patch.between(loaded, loaded.version(),
                new KupeCluster.Resources("16", "128Gi", null), Json.MAPPER.readTree("{\"memoryThresholdPercent\": 90}"));
        assertThat((Object) Json.MAPPER.valueToTree(change)).as("only what changed, what was left out as null")
                .isEqualTo(Json.MAPPER.readTree("{\"resources\":{\"memory\":\"128Gi\",\"storage\":null},"
                        + "\"alerts\":{\"cpuThresholdPercent\":null,\"memoryThresholdPercent\":90}}"));

        KupeCluster after = await(kupe.patch("production", change, null)).value();
        assertThat(after.resources()).isEqualTo(new KupeCluster.Resources("16", "128Gi", null));
        assertThat(after.alerts()).isEqualTo(Json.MAPPER.readTree("{\"memoryThresholdPercent\": 90}"));

        KupeCluster cleared = await(kupe.patch("production", KupeCluster.Patch.between(after, after.version(), null, null), null)).value();
        assertThat(cleared.resources()).as("every resource emptied").isNull();
        assertThat(cleared.alerts()).as("the alerts emptied").isNull();
        assertThat(KupeCluster.Patch.between(cleared, cleared.version(), null, null).isEmpty()).as("nothing left to change").isTrue();
        KupeCluster emptyResources = new KupeCluster("x", "X", "shared", "1.31", new KupeCluster.Resources(null, null, null),
                null, null, null, null, null);
        assertThat(KupeCluster.Patch.between(emptyResources, "1.31", null, null).isEmpty()).as("{} is no resources").isTrue();
    }

    @Test
    void immutableFieldsAreRefused() {
        ApiException e = failure(f.client.send(ApiRequest.patch("/api/v1/tenants/sandbox/clusters/production",
                "{\"displayName\": \"Renamed\", \"type\": \"shared\"}")));
        assertThat(e.httpStatus()).isEqualTo(400);
        assertThat(e.serverMessage()).contains("displayName").contains("type");
    }

    @Test
    void upgradePassesThroughUpgrading() {
        Versioned<KupeCluster> v = await(kupe.patch("production", new KupeCluster.Patch("1.32", null, null), null));
        assertThat(v.value().phase()).isEqualTo(KupePhase.UPGRADING);
        assertThat(v.value().status().observedGeneration()).isLessThan(v.value().generation());
        assertThat(failure(kupe.patch("production", new KupeCluster.Patch("1.31", null, null), null)).httpStatus()).isEqualTo(400);
        f.afterProvisioning();
        KupeCluster after = await(kupe.get("production")).value();
        assertThat(after.phase()).isEqualTo(KupePhase.RUNNING);
        assertThat(after.status().kubernetesVersion()).isEqualTo("1.32");
        assertThat(after.status().observedGeneration()).isEqualTo(after.generation());
    }

    @Test
    void deleteAnswers204ThenTerminatingThenGone() {
        ApiResponse r = await(f.client.send(kupe.deleteRequest("playground")));
        assertThat(r.status()).isEqualTo(204);
        assertThat(phase("playground")).isEqualTo(KupePhase.TERMINATING);
        f.clock.advance(SandboxFixture.PROVISIONING.dividedBy(4));
        assertThat(failure(kupe.get("playground")).isNotFound()).isTrue();
        assertThat(await(kupe.list())).extracting(KupeCluster::name).containsExactly("production");
    }

    @Test
    void connectionDetailsOnlyWhenRunning() throws Exception {
        Connection notYet = await(kupe.connection("playground"));
        assertThat(notYet).isInstanceOf(Connection.NotReady.class);
        assertThat(((Connection.NotReady) notYet).retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(((Connection.NotReady) notYet).message()).contains("Pending");

        Connection ready = await(kupe.connection("production"));
        assertThat(ready).isInstanceOf(Connection.Ready.class);
        Connection.Ready details = (Connection.Ready) ready;
        assertThat(details.endpoint()).startsWith("https://");
        byte[] pem = Base64.getDecoder().decode(details.certificateAuthority());
        X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem));
        assertThat(ca.getSubjectX500Principal().getName()).contains("Weft Sandbox");
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void curlUsesTheKupeVariable() {
        ApiClient c = ApiClient.builder(f.sandbox.baseUri()).tokenVariable("KUPE_API_KEY").build();
        assertThat(c.curl(kupe.patchRequest("production", new KupeCluster.Patch("1.32", null, null), "\"7\"")))
                .contains("$KUPE_API_KEY").contains("-H 'If-Match: \"7\"'").contains("-d '{\"version\":\"1.32\"}'");
    }
}
