package dev.weft.api.objectstorage;

import dev.weft.api.ApiException;
import dev.weft.api.ApiRequest;
import dev.weft.api.FieldViolation;
import dev.weft.api.objectstorage.AccessPolicy.Statement;
import dev.weft.testing.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.weft.testing.SandboxFixture.await;
import static dev.weft.testing.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;

/** The AI Object Storage client against the sandbox over real HTTP (seed 004). */
class ObjectStorageContractTest {
    private SandboxFixture f;
    private ObjectStorageApi api;

    @BeforeEach
    void start() {
        f = SandboxFixture.withSampleData();
        api = new ObjectStorageApi(f.client);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private AccessKeyInfo info(String id) {
        return await(api.getAccessKey(id));
    }

    private List<String> violations(ApiException e) {
        assertThat(e.httpStatus()).isEqualTo(400);
        return e.fieldViolations().stream().map(FieldViolation::field).toList();
    }

    // ---- keys ----

    @Test
    void aPermanentKeyShowsItsSecretOnceAndNeverAgain() {
        CreatedAccessKey key = await(api.createAccessKey(new CreateAccessKeyRequest(0L, Map.of("name", "laptop"))));
        assertThat(key.accessKeyId()).matches("CW[A-Z0-9]{14}");
        assertThat(key.secretKey()).startsWith("cwo").hasSize(43);
        assertThat(key.expiry()).isNull();
        assertThat(key.permanent()).isTrue();
        assertThat(key.principalName()).matches("coreweave/[A-Za-z0-9]{20}");
        assertThat(key.toString()).doesNotContain(key.secretKey());

        AccessKeyInfo info = info(key.accessKeyId());
        assertThat(info.status()).isEqualTo(AccessKeyInfo.ACTIVE);
        assertThat(info.attributes()).containsEntry("name", "laptop");
        assertThat(info.orgId()).isNotBlank();
        String everything = new String(await(f.client.send(ApiRequest.get("/v1/cwobject/access-key"))).body(), StandardCharsets.UTF_8)
                + new String(await(f.client.send(ApiRequest.get("/v1/cwobject/access-key/" + key.accessKeyId()))).body(), StandardCharsets.UTF_8);
        assertThat(everything).contains(key.accessKeyId()).doesNotContain(key.secretKey()).doesNotContain("secretKey");
    }

    @Test
    void aTemporaryKeyExpiresAfterItsDuration() {
        CreatedAccessKey key = await(api.createAccessKey(CreateAccessKeyRequest.temporary(300)));
        assertThat(key.expiry()).isEqualTo(f.clock.instant().plusSeconds(300));
        assertThat(info(key.accessKeyId()).status()).isEqualTo(AccessKeyInfo.ACTIVE);
        f.clock.advance(Duration.ofSeconds(300));
        assertThat(info(key.accessKeyId()).status()).isEqualTo(AccessKeyInfo.EXPIRED);
    }

    @Test
    void durationRules() {
        assertThat(violations(failure(api.createAccessKey(new CreateAccessKeyRequest(null, null))))).containsExactly("durationSeconds");
        assertThat(violations(failure(api.createAccessKey(new CreateAccessKeyRequest(-1L, null))))).containsExactly("durationSeconds");
        assertThat(violations(failure(f.client.send(ApiRequest.post("/v1/cwobject/access-key", "{\"durationSeconds\": \"300\"}")))))
                .containsExactly("durationSeconds");
        assertThat(violations(failure(f.client.send(ApiRequest.post("/v1/cwobject/access-key", "{\"durationSeconds\": 1.5}")))))
                .containsExactly("durationSeconds");
        assertThat(violations(failure(api.createAccessKey(new CreateAccessKeyRequest(60L, Map.of(" ", "x"))))))
                .containsExactly("attributes");
    }

    @Test
    void theSampleKeysCoverThreePrincipalsAndEveryStatus() {
        List<AccessKeyInfo> keys = await(api.listAccessKeys());
        assertThat(keys).hasSizeGreaterThanOrEqualTo(12);
        assertThat(keys).extracting(AccessKeyInfo::status).contains(AccessKeyInfo.ACTIVE, AccessKeyInfo.EXPIRED, AccessKeyInfo.REVOKED);
        assertThat(keys.stream().map(AccessKeyInfo::principalName).distinct()).hasSize(3);
    }

    @Test
    void revokeOneKey() {
        CreatedAccessKey key = await(api.createAccessKey(CreateAccessKeyRequest.permanent()));
        await(api.revokeAccessKey(key.accessKeyId()));
        assertThat(info(key.accessKeyId()).status()).isEqualTo(AccessKeyInfo.REVOKED);
        assertThat(failure(api.revokeAccessKey("CWNOSUCHKEY00000")).httpStatus()).isEqualTo(404);
        assertThat(failure(api.getAccessKey("CWNOSUCHKEY00000")).httpStatus()).isEqualTo(404);
        assertThat(violations(failure(f.client.send(ApiRequest.post("/v1/cwobject/revoke-access-key/access-key", "{}")))))
                .containsExactly("accessKey");
    }

    @Test
    void revokeEveryKeyOfOnePrincipalOnly() {
        String teammate = "coreweave/ueqXfgRCYGqptEXAMPLE1";
        await(api.revokePrincipal(teammate));
        List<AccessKeyInfo> keys = await(api.listAccessKeys());
        assertThat(keys).filteredOn(k -> k.principalName().equals(teammate))
                .allSatisfy(k -> assertThat(k.status()).isEqualTo(AccessKeyInfo.REVOKED));
        assertThat(keys).filteredOn(k -> !k.principalName().equals(teammate))
                .extracting(AccessKeyInfo::status).contains(AccessKeyInfo.ACTIVE);
    }

    @Test
    void samlCredentials() {
        String assertion = b64("<samlp:Response><saml:Issuer>https://idp.example.com</saml:Issuer>"
                + "<saml:Subject><saml:NameID>alice@example.com</saml:NameID></saml:Subject></samlp:Response>");
        CreatedAccessKey key = await(api.samlCredentials(new SamlCredentialsRequest(600L, "sandbox-org", "cfg-1", assertion)));
        assertThat(key.principalName()).isEqualTo("role/https://idp.example.com:alice@example.com");
        assertThat(key.secretKey()).isNotBlank();
        assertThat(key.expiry()).isEqualTo(f.clock.instant().plusSeconds(600));

        assertThat(violations(failure(api.samlCredentials(new SamlCredentialsRequest(0L, "sandbox-org", "cfg", assertion)))))
                .containsExactly("durationSeconds");
        assertThat(violations(failure(api.samlCredentials(new SamlCredentialsRequest(43_201L, "sandbox-org", "cfg", assertion)))))
                .containsExactly("durationSeconds");
        assertThat(violations(failure(api.samlCredentials(new SamlCredentialsRequest(43_200L, "sandbox-org", "cfg", "<xml/>")))))
                .containsExactly("samlResponse");
        assertThat(violations(failure(api.samlCredentials(new SamlCredentialsRequest(60L, "other-org", null, assertion)))))
                .containsExactlyInAnyOrder("configId", "orgId");
    }

    // ---- policies ----

    private static AccessPolicy policy(String name, Statement... statements) {
        return new AccessPolicy(AccessPolicy.VERSION, name, List.of(statements));
    }

    private static Statement allow(String name, List<String> actions, List<String> resources) {
        return new Statement(name, Statement.ALLOW, actions, resources, List.of("*"));
    }

    @Test
    void policiesAreListedEnsuredByNameAndDeleted() {
        assertThat(await(api.listPolicies())).extracting(AccessPolicy::name)
                .containsExactly("org-admins", "analysts-read-only", "protect-audit-logs");
        assertThat(await(api.listPolicies()).stream().flatMap(p -> p.statements().stream()))
                .extracting(Statement::effect).contains(Statement.DENY);

        await(api.ensurePolicy(policy("readers", allow("read", List.of("s3:GetObject"), List.of("datasets/*")))));
        await(api.ensurePolicy(policy("readers", allow("read", List.of("s3:GetObject", "s3:ListBucket"), List.of("datasets", "datasets/*")))));
        AccessPolicy stored = await(api.listPolicies()).stream().filter(p -> p.name().equals("readers")).findFirst().orElseThrow();
        assertThat(stored.statements().get(0).actions()).containsExactly("s3:GetObject", "s3:ListBucket");
        assertThat(await(api.listPolicies())).hasSize(4);

        await(api.deletePolicy("readers"));
        assertThat(await(api.listPolicies())).extracting(AccessPolicy::name).doesNotContain("readers");
        assertThat(failure(api.deletePolicy("readers")).httpStatus()).isEqualTo(404);
    }

    @Test
    void everyPolicyRuleIsEnforced() {
        Statement ok = allow("ok", List.of("s3:GetObject"), List.of("b/*"));
        assertThat(violations(failure(api.ensurePolicy(new AccessPolicy("v1", "p", List.of(ok)))))).containsExactly("policy.version");
        assertThat(violations(failure(api.ensurePolicy(policy("p"))))).containsExactly("policy.statements");
        assertThat(violations(failure(api.ensurePolicy(policy("p", ok, ok))))).containsExactly("policy.statements[1].name");
        assertThat(violations(failure(api.ensurePolicy(policy("p",
                new Statement("s", "allow", List.of("s3:GetObject"), List.of("b"), List.of("*")))))))
                .containsExactly("policy.statements[0].effect");
        assertThat(violations(failure(api.ensurePolicy(policy("p", allow("s", List.of(), List.of("b")))))))
                .containsExactly("policy.statements[0].actions");
        assertThat(violations(failure(api.ensurePolicy(policy("p",
                new Statement("s", Statement.ALLOW, List.of("s3:GetObject"), List.of(), List.of()))))))
                .containsExactly("policy.statements[0].resources", "policy.statements[0].principals");
        assertThat(violations(failure(api.ensurePolicy(policy("p", allow("s", List.of("cwobject:CreateAccessKey"), List.of("b")))))))
                .containsExactly("policy.statements[0].resources");
        assertThat(violations(failure(api.ensurePolicy(policy("p", allow("s", List.of("cwobject:*"), List.of("*", "b")))))))
                .containsExactly("policy.statements[0].resources");
        assertThat(violations(failure(api.ensurePolicy(policy("p", allow("s", List.of("s3:ListAllMyBuckets"), List.of("b")))))))
                .containsExactly("policy.statements[0].resources");
        assertThat(violations(failure(api.ensurePolicy(policy("p", allow("s", List.of("s3:Teleport"), List.of("b")))))))
                .containsExactly("policy.statements[0].actions");
        assertThat(violations(failure(api.ensurePolicy(policy("p", new Statement("s", Statement.ALLOW, List.of("s3:*"),
                List.of("b"), List.of("arn:aws:iam::123:user/bob")))))))
                .containsExactly("policy.statements[0].principals");
        await(api.ensurePolicy(policy("fine", allow("s", List.of("cwobject:*", "s3:ListAllMyBuckets"), List.of("*")),
                allow("t", List.of("s3:Get*", "*"), List.of("b", "b/prefix*")))));
    }

    // ---- buckets and settings ----

    @Test
    void eightBucketsInTwoZonesWithUsage() {
        List<BucketInfo> buckets = await(api.listBuckets());
        assertThat(buckets).hasSize(8);
        assertThat(buckets.stream().map(BucketInfo::location).distinct()).hasSize(2);
        BucketInfo datasets = await(api.getBucket("datasets"));
        assertThat(datasets.usage(BucketInfo.BYTES)).hasValueSatisfying(b -> assertThat(b).isGreaterThan(1L << 40));
        assertThat(datasets.usage(BucketInfo.OBJECTS)).isPresent();
        assertThat(datasets.usage().get(0).valueHumanReadable()).endsWith("TiB");
        assertThat(datasets.creationTime()).isBefore(f.clock.instant());
        assertThat(failure(api.getBucket("no-such-bucket")).httpStatus()).isEqualTo(404);
    }

    @Test
    void bucketSettingsAreAppliedAndChecked() {
        BucketSettings after = await(api.setBucketSettings("models", new BucketSettings(false, true, 75)));
        assertThat(after).isEqualTo(new BucketSettings(false, true, 75));
        assertThat(await(api.getBucket("models")).settings()).isEqualTo(after);

        assertThat(violations(failure(api.setBucketSettings("models", new BucketSettings(true, true, 59)))))
                .containsExactly("settings.archiveAfterLastAccessDays");
        assertThat(violations(failure(api.setBucketSettings("models", new BucketSettings(true, true, null)))))
                .containsExactly("settings.archiveAfterLastAccessDays");
        assertThat(failure(api.setBucketSettings("nope-bucket", new BucketSettings(true, null, null))).httpStatus()).isEqualTo(404);
        await(api.setBucketSettings("models", new BucketSettings(true, null, null)));
        assertThat(await(api.getBucket("models")).settings()).isEqualTo(new BucketSettings(true, true, 75));
    }

    @Test
    void organizationSettings() {
        assertThat(await(api.getOrganizationSettings())).contains(new OrganizationSettings(false, true));
        OrganizationSettings after = await(api.setOrganizationSettings(new OrganizationSettings(true, null)));
        assertThat(after).isEqualTo(new OrganizationSettings(true, true));
        assertThat(await(api.getOrganizationSettings())).contains(after);
    }

    @Test
    void aBadTokenIs401() {
        ApiException e = failure(new ObjectStorageApi(f.clientWith("CW-SECRET-nope")).listAccessKeys());
        assertThat(e.isUnauthorized()).isTrue();
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
