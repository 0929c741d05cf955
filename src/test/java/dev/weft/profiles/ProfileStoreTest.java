package dev.weft.profiles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileStoreTest {
    @TempDir
    Path dir;

    @Test
    void savesAndLoadsProfilesButNeverTheEnvironmentOne() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        Profile prod = Profile.saved("Prod", Provider.COREWEAVE, URI.create("https://api.coreweave.com"), null);
        Profile kupe = Profile.saved("Kupe", Provider.KUPE, URI.create("https://api.kupe.cloud"), "acme");
        Profile env = EnvironmentProfile.from(Map.of("COREWEAVE_API_TOKEN", "CW-SECRET-env")).orElseThrow().getKey();
        store.save(List.of(prod, kupe, env, Profile.sandbox("Sandbox", Provider.COREWEAVE, null)));

        ProfileStore.Loaded loaded = new ProfileStore(dir).load();
        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.profiles()).extracting(Profile::name).containsExactly("Prod", "Kupe", "Sandbox");
        assertThat(loaded.profiles().get(1).tenant()).isEqualTo("acme");
        assertThat(loaded.profiles().get(2).isSandbox()).isTrue();
        assertThat(Files.readString(store.file())).doesNotContain("CW-SECRET");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("no temporary files left behind").containsExactly(store.file());
        }
    }

    @Test
    void aCorruptFileIsKeptAsideAndReported() throws Exception {
        ProfileStore store = new ProfileStore(dir);
        Files.writeString(store.file(), "{\"profiles\": [ {\"name\": ");
        ProfileStore.Loaded loaded = store.load();
        assertThat(loaded.profiles()).isEmpty();
        assertThat(loaded.problem()).hasValueSatisfying(p -> assertThat(p).contains("could not be read").contains("corrupt"));
        assertThat(Files.exists(store.file())).isFalse();
        try (Stream<Path> files = Files.list(dir)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("profiles.json.corrupt-")).findFirst().orElseThrow();
            assertThat(Files.readString(kept)).isEqualTo("{\"profiles\": [ {\"name\": ");
        }
    }

    @Test
    void theEnvironmentOffersAProfileAsCoreWeavesToolsDo() {
        assertThat(EnvironmentProfile.from(Map.of())).isEmpty();
        var e = EnvironmentProfile.from(Map.of("COREWEAVE_API_TOKEN", "CW-SECRET-x", "COREWEAVE_API_ENDPOINT", "https://api.example.com"))
                .orElseThrow();
        assertThat(e.getKey().endpoint()).isEqualTo(URI.create("https://api.example.com"));
        assertThat(e.getKey().kind()).isEqualTo(Profile.Kind.ENVIRONMENT);
        assertThat(e.getValue().reveal()).isEqualTo("CW-SECRET-x");
    }

    @Test
    void configDirFollowsEachOs() {
        assertThat(ConfigDir.resolve("Linux", Map.of("XDG_CONFIG_HOME", "/x"), "/home/u", null)).isEqualTo(Path.of("/x/weft"));
        assertThat(ConfigDir.resolve("Linux", Map.of(), "/home/u", null)).isEqualTo(Path.of("/home/u/.config/weft"));
        assertThat(ConfigDir.resolve("Mac OS X", Map.of(), "/Users/u", null))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Weft"));
        assertThat(ConfigDir.resolve("Windows 11", Map.of("APPDATA", "C:\\Users\\u\\AppData\\Roaming"), "C:\\Users\\u", null))
                .isEqualTo(Path.of("C:\\Users\\u\\AppData\\Roaming", "Weft"));
        assertThat(ConfigDir.resolve("Linux", Map.of(), "/home/u", "/tmp/t")).isEqualTo(Path.of("/tmp/t"));
    }

    @Test
    void draftRules() {
        ProfileDraft ok = new ProfileDraft("Prod", Provider.COREWEAVE, "https://api.coreweave.com", null, "CW-SECRET-1");
        assertThat(ok.validate(List.of("Other"), true)).isEmpty();
        assertThat(ok.validate(List.of("prod"), true)).extracting(v -> v.field()).containsExactly("name");
        assertThat(new ProfileDraft("K", Provider.KUPE, "https://api.kupe.cloud", " ", null).validate(List.of(), true))
                .extracting(v -> v.field()).containsExactly("tenant", "token");
        assertThat(new ProfileDraft("H", Provider.COREWEAVE, "http://api.coreweave.com", null, "t").validate(List.of(), true))
                .extracting(v -> v.field()).containsExactly("endpoint");
        assertThat(new ProfileDraft("L", Provider.COREWEAVE, "http://127.0.0.1:8080", null, "t").validate(List.of(), true)).isEmpty();
        assertThat(new ProfileDraft("N", Provider.COREWEAVE, "not a url", null, null).validate(List.of(), false))
                .extracting(v -> v.field()).containsExactly("endpoint");
        assertThat(ok.toString()).doesNotContain("CW-SECRET-1");
    }
}
