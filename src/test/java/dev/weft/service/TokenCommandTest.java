package dev.weft.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.api.ApiToken;
import dev.weft.api.Json;
import dev.weft.profiles.Profile;
import dev.weft.profiles.ProfileStore;
import dev.weft.profiles.Provider;
import dev.weft.profiles.SessionTokenStore;
import dev.weft.profiles.TokenStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code weft token}: its output is an ExecCredential kubectl accepts; its failures say why on stderr. */
class TokenCommandTest {
    @TempDir
    Path dir;
    private Profile prod;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A keychain stand-in that says it is persistent; the real keychain is covered by KeychainTokenStoreTest. */
    private static TokenStore keychainWith(String id, String token) {
        SessionTokenStore memory = new SessionTokenStore("test");
        memory.put(id, ApiToken.of(token));
        return new TokenStore() {
            public Optional<ApiToken> get(String p) { return memory.get(p); }
            public void put(String p, ApiToken t) { memory.put(p, t); }
            public void delete(String p) { memory.delete(p); }
            public boolean persistent() { return true; }
            public String describe() { return "test keychain"; }
        };
    }

    @BeforeEach
    void profiles() throws Exception {
        prod = Profile.saved("Prod", Provider.COREWEAVE, URI.create("https://api.coreweave.com"), null);
        new ProfileStore(dir).save(List.of(prod, Profile.sandbox("Sandbox", Provider.COREWEAVE, null)));
    }

    private int run(Map<String, String> env, TokenStore store, String... args) {
        return TokenCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), dir, env, () -> store);
    }

    @Test
    void printsAnExecCredentialWithTheKeychainsToken() throws Exception {
        assertThat(run(Map.of(), keychainWith(prod.id(), "CW-SECRET-abc"), "--profile", "Prod")).isZero();
        JsonNode c = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(c.path("apiVersion").asText()).isEqualTo("client.authentication.k8s.io/v1");
        assertThat(c.path("kind").asText()).isEqualTo("ExecCredential");
        assertThat(c.at("/status/token").asText()).isEqualTo("CW-SECRET-abc");
        assertThat(err.size()).isZero();
    }

    @Test
    void sandboxAndEnvironmentProfilesNeedNoKeychain() throws Exception {
        assertThat(run(Map.of(), null, "--profile", "Sandbox")).isZero();
        assertThat(Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).at("/status/token").asText()).isEqualTo("sandbox-token");
        out.reset();
        assertThat(run(Map.of("COREWEAVE_API_TOKEN", "CW-SECRET-env"), null, "--profile", "Environment")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CW-SECRET-env");
        out.reset();
        assertThat(run(Map.of("KUPE_API_KEY", "kupe_env", "KUPE_TENANT", "acme"), null, "--profile", "Environment (Kupe)")).isZero();
        assertThat(Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).at("/status/token").asText()).isEqualTo("kupe_env");
    }

    /**
     * What Weft writes into a kubeconfig names the profile by its id too: renamed, the profile is still found; removed
     * and another made under its old name, that other account's token is not handed to the first one's clusters.
     */
    @Test
    void theArgumentsWeftWritesFindTheProfileByItsIdWhateverItIsNamedNow() throws Exception {
        String[] written = prod.commandFor("token").subList(1, 5).toArray(String[]::new);
        assertThat(written).containsExactly("--profile", "Prod", "--profile-id", prod.id());
        new ProfileStore(dir).save(List.of(prod.withDetails("Production", prod.provider(), prod.endpoint(), null)));
        TokenStore keychain = keychainWith(prod.id(), "CW-SECRET-abc");
        assertThat(run(Map.of(), keychain, written)).isZero();
        assertThat(Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).at("/status/token").asText()).isEqualTo("CW-SECRET-abc");
        out.reset();

        Profile another = Profile.saved("Prod", Provider.COREWEAVE, URI.create("https://api.coreweave.com"), null);
        new ProfileStore(dir).save(List.of(another));
        keychain.put(another.id(), ApiToken.of("CW-SECRET-other"));
        assertThat(run(Map.of(), keychain, written)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"Prod\" this was exported from is no longer in").contains("export it again");
        assertThat(out.size()).isZero();
        err.reset();
        // Typed by hand, the name is what is meant.
        assertThat(run(Map.of(), keychain, "--profile", "Prod")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CW-SECRET-other");
        // The environment's profiles have fixed ids, found the same way.
        out.reset();
        assertThat(run(Map.of("COREWEAVE_API_TOKEN", "CW-SECRET-env"), null, "--profile", "Env", "--profile-id", "environment")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("CW-SECRET-env");
    }

    /** Weft has never saved its profiles (a new user exploring the sandbox): the advice is not "export it again". */
    @Test
    void aKubeconfigOfTheSandboxNotYetSavedSaysTheSandboxCannotBeReached() throws Exception {
        java.nio.file.Files.delete(dir.resolve(ProfileStore.FILE));
        String[] written = Profile.sandbox("Sandbox", Provider.COREWEAVE, null).commandFor("token").subList(1, 5).toArray(String[]::new);
        assertThat(run(Map.of(), null, written)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"Sandbox\" is Weft's local sandbox")
                .contains("nothing outside it can reach").doesNotContain("export it again");
        assertThat(out.size()).isZero();
    }

    @Test
    void failuresGoToStderrWithANonZeroExit() {
        assertThat(run(Map.of(), null)).isEqualTo(2);
        assertThat(run(Map.of(), null, "--profile", "Prod", "--profile-id")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--profile-id needs an id").contains("usage: weft token");
        err.reset();
        assertThat(run(Map.of(), null, "--profile", "Prod", "--as", "root")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option --as");
        err.reset();
        // A token pasted in the wrong place is not echoed where kubectl shows stderr.
        assertThat(run(Map.of(), null, "--profile", "Prod", "CW-SECRET-pasted")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not an option").doesNotContain("CW-SECRET");
        err.reset();
        assertThat(run(Map.of(), null, "--profile-id", prod.id())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--profile NAME is required");
        err.reset();
        assertThat(run(Map.of(), null, "--profile", "Nope")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no profile named \"Nope\"");
        err.reset();
        assertThat(run(Map.of(), keychainWith("other", "x"), "--profile", "Prod")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("holds no token");
        err.reset();
        assertThat(run(Map.of(), new SessionTokenStore("no D-Bus"), "--profile", "Prod")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No system keychain");
        assertThat(out.size()).isZero();
    }
}
