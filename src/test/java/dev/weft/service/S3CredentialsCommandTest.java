package dev.weft.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.api.ApiToken;
import dev.weft.api.Json;
import dev.weft.api.objectstorage.AccessKeyInfo;
import dev.weft.api.objectstorage.ObjectStorageApi;
import dev.weft.profiles.Profile;
import dev.weft.profiles.ProfileStore;
import dev.weft.profiles.Provider;
import dev.weft.profiles.SessionTokenStore;
import dev.weft.profiles.TokenStore;
import dev.weft.testing.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code weft s3-credentials} against the sandbox: the output is AWS credential_process version 1. */
class S3CredentialsCommandTest {
    @TempDir
    Path dir;
    private SandboxFixture sandbox;
    private Profile profile;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxFixture.emptyWithTokens("sandbox-token", "other-token");
        profile = Profile.saved("Storage", Provider.COREWEAVE, sandbox.sandbox.baseUri(), null);
        new ProfileStore(dir).save(List.of(profile));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private TokenStore keychain(String token) {
        SessionTokenStore memory = new SessionTokenStore("test");
        memory.put(profile.id(), ApiToken.of(token));
        return new TokenStore() {
            public Optional<ApiToken> get(String p) { return memory.get(p); }
            public void put(String p, ApiToken t) { memory.put(p, t); }
            public void delete(String p) { memory.delete(p); }
            public boolean persistent() { return true; }
            public String describe() { return "test keychain"; }
        };
    }

    private int run(TokenStore store, String... args) {
        return S3CredentialsCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of(), () -> store, sandbox.clock);
    }

    @Test
    void printsCredentialProcessVersion1ForAFreshTemporaryKey() throws Exception {
        assertThat(run(keychain("sandbox-token"), "--profile", "Storage", "--duration", "900")).isZero();
        JsonNode c = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        Iterator<String> names = c.fieldNames();
        assertThat(names).toIterable().containsExactly("Version", "AccessKeyId", "SecretAccessKey", "Expiration");
        assertThat(c.get("Version").asInt()).isEqualTo(1);
        assertThat(c.get("AccessKeyId").asText()).matches("CW[A-Z0-9]{14}");
        assertThat(c.get("SecretAccessKey").asText()).startsWith("cwo");
        Instant expiration = Instant.parse(c.get("Expiration").asText());
        assertThat(expiration).isEqualTo(sandbox.clock.instant().plus(Duration.ofSeconds(900)));
        AccessKeyInfo info = SandboxFixture.await(new ObjectStorageApi(sandbox.client).getAccessKey(c.get("AccessKeyId").asText()));
        assertThat(info.status()).isEqualTo(AccessKeyInfo.ACTIVE);
        assertThat(info.attributes()).as("what the Access Keys tab shows of where it came from")
                .isEqualTo(Map.of("name", "weft s3-credentials", "profile", "Storage"));
        assertThat(err.size()).isZero();
    }

    /** The AWS profile Weft's Buckets tab suggests names the profile by its id too, so a rename leaves it working. */
    @Test
    void theArgumentsWeftWritesStillFindTheProfileOnceItIsRenamed() throws Exception {
        String[] written = profile.commandFor("s3-credentials").subList(1, 5).toArray(String[]::new);
        new ProfileStore(dir).save(List.of(profile.withDetails("Datasets", profile.provider(), profile.endpoint(), null)));
        assertThat(run(keychain("sandbox-token"), written)).as(err.toString(StandardCharsets.UTF_8)).isZero();
        AccessKeyInfo info = SandboxFixture.await(new ObjectStorageApi(sandbox.client)
                .getAccessKey(Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("AccessKeyId").asText()));
        assertThat(info.attributes()).containsEntry("profile", "Datasets");
    }

    /** Runs the command as the AWS CLI does and returns the key it printed. */
    private JsonNode printed(TokenStore store, String... args) throws Exception {
        out.reset();
        List<String> all = new java.util.ArrayList<>(List.of("--profile", "Storage"));
        all.addAll(List.of(args));
        assertThat(run(store, all.toArray(String[]::new))).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    }

    private List<AccessKeyInfo> keysOnTheServer() {
        return SandboxFixture.await(new ObjectStorageApi(sandbox.client).listAccessKeys());
    }

    @Test
    void theAwsToolsCallsShareOneKeyWhileItHasLongToLive() throws Exception {
        TokenStore keychain = keychain("sandbox-token");
        JsonNode first = printed(keychain);
        sandbox.clock.advance(Duration.ofMinutes(30));
        JsonNode again = printed(keychain);
        assertThat(again).as("the same key, secret and expiry").isEqualTo(first);
        assertThat(keysOnTheServer()).as("keys minted for two calls").hasSize(1);

        String kept = keychain.get(S3KeyCache.entryFor(profile.id())).orElseThrow().reveal();
        assertThat(kept).as("kept in the keychain").contains(first.get("SecretAccessKey").asText());
        assertThat(dir.toFile().list()).containsExactly(ProfileStore.FILE);
        assertThat(java.nio.file.Files.readString(dir.resolve(ProfileStore.FILE))).doesNotContain(first.get("SecretAccessKey").asText());
    }

    @Test
    void aKeptKeyIsNotPrintedOnceRevokedNearItsEndLongerThanAskedOrForAnotherToken() throws Exception {
        TokenStore keychain = keychain("sandbox-token");
        String revoked = printed(keychain).get("AccessKeyId").asText();
        SandboxFixture.await(new ObjectStorageApi(sandbox.client).revokeAccessKey(revoked)); // in Weft, say
        String afterRevoking = printed(keychain).get("AccessKeyId").asText();
        assertThat(afterRevoking).isNotEqualTo(revoked);

        sandbox.clock.advance(Duration.ofMinutes(45)); // 15 minutes left: the AWS tools would ask again at once
        String nearItsEnd = printed(keychain).get("AccessKeyId").asText();
        assertThat(nearItsEnd).isNotEqualTo(afterRevoking);

        String shorter = printed(keychain, "--duration", "1800").get("AccessKeyId").asText();
        assertThat(shorter).as("a key for 30 minutes, not the kept one's 60").isNotEqualTo(nearItsEnd);
        assertThat(printed(keychain, "--duration", "1800").get("AccessKeyId").asText()).isEqualTo(shorter);

        String fresh = printed(keychain, "--fresh").get("AccessKeyId").asText();
        assertThat(fresh).isNotEqualTo(shorter);

        keychain.put(profile.id(), ApiToken.of("other-token")); // the profile now holds another account's token
        JsonNode other = printed(keychain);
        assertThat(other.get("AccessKeyId").asText()).isNotEqualTo(fresh);
        AccessKeyInfo info = SandboxFixture.await(new ObjectStorageApi(sandbox.clientWith("other-token"))
                .getAccessKey(other.get("AccessKeyId").asText()));
        assertThat(info.principalName()).isNotEqualTo(SandboxFixture.await(new ObjectStorageApi(sandbox.client)
                .getAccessKey(fresh)).principalName());
    }

    @Test
    void failuresSayWhyOnStderr() {
        assertThat(run(keychain("x"))).isEqualTo(2);
        assertThat(run(keychain("x"), "--profile", "Storage", "--duration", "0")).isEqualTo(2);
        assertThat(run(keychain("x"), "--profile", "Storage", "--duration", "soon")).isEqualTo(2);
        assertThat(run(keychain("x"), "--profile", "Nobody")).isEqualTo(1);
        err.reset();
        assertThat(run(keychain("CW-SECRET-wrong"), "--profile", "Storage")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no key was minted").contains("token");
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("CW-SECRET-wrong");
        assertThat(out.size()).isZero();
    }
}
