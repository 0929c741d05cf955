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
        sandbox = SandboxFixture.empty();
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
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, Map.of(), () -> store);
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
        assertThat(err.size()).isZero();
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
