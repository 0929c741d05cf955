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
    void changesFromOtherWeftProcessesAndThreadsAtOnceAreAllKept() throws Exception {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> others = new java.util.ArrayList<>();
        for (String who : List.of("A", "B")) {
            others.add(new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), AddProfiles.class.getName(),
                    dir.toString(), who, "20").redirectErrorStream(true).start());
        }
        AddProfiles.main(new String[] {dir.toString(), "here", "20"});
        for (Process p : others) {
            assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
        }
        List<Profile> saved = new ProfileStore(dir).load().profiles();
        assertThat(saved).as("60 profiles added by two other processes and two threads here, and the first one").hasSize(61)
                .first().extracting(Profile::name).isEqualTo("Sandbox");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(ProfileStore.LOCK)))).isEqualTo("rw-------");
    }

    /** Adds N profiles to a config dir, from two threads, as a Weft window saving its profiles does. */
    public static final class AddProfiles {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            int n = Integer.parseInt(args[2]);
            List<Profile> sandbox = List.of(Profile.sandbox("Sandbox", Provider.COREWEAVE, null));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<?>> writes = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Profile p = Profile.saved(args[1] + i, Provider.COREWEAVE, URI.create("https://api.coreweave.com"), null);
                    ProfileStore store = new ProfileStore(dir);
                    writes.add(pool.submit(() -> store.update(sandbox, now -> ProfileStore.put(now, p))));
                }
                for (var w : writes) {
                    w.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aChangeStartsFromTheFileAsItIsNowAndRefusesANameTakenThere() throws Exception {
        Profile prod = Profile.saved("Prod", Provider.COREWEAVE, URI.create("https://api.coreweave.com"), null);
        Profile other = Profile.saved("prod", Provider.COREWEAVE, URI.create("https://api.coreweave.com"), null);
        ProfileStore store = new ProfileStore(dir);
        assertThat(store.update(List.of(), now -> ProfileStore.put(now, prod))).containsExactly(prod);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.update(List.of(), now -> ProfileStore.put(now, other)))
                .hasMessageContaining("Another profile is named prod now");
        Profile renamed = prod.withDetails("Production", Provider.COREWEAVE, prod.endpoint(), null);
        assertThat(store.update(List.of(other), now -> ProfileStore.put(now, renamed))).as("the file, not this process's list")
                .containsExactly(renamed);
        assertThat(store.update(List.of(), now -> ProfileStore.without(now, prod.id()))).isEmpty();
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

        var both = EnvironmentProfile.all(Map.of("COREWEAVE_API_TOKEN", "CW-SECRET-x", "KUPE_API_KEY", "kupe_abc", "KUPE_TENANT", "acme"));
        assertThat(both).extracting(b -> b.getKey().name()).containsExactly("Environment", "Environment (Kupe)");
        Profile kupe = both.get(1).getKey();
        assertThat(kupe.provider()).isEqualTo(Provider.KUPE);
        assertThat(kupe.tenant()).isEqualTo("acme");
        assertThat(kupe.endpoint()).isEqualTo(URI.create("https://api.kupe.cloud"));
        assertThat(both.get(1).getValue().reveal()).isEqualTo("kupe_abc");
        assertThat(EnvironmentProfile.all(Map.of("KUPE_API_KEY", "kupe_abc"))).as("a Kupe key is for one tenant: without it, none").isEmpty();
        assertThat(EnvironmentProfile.named(Map.of("KUPE_API_KEY", "kupe_abc", "KUPE_TENANT", "acme"), "Environment (Kupe)")).isPresent();
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
    void homeIsWhereTheShellsToolsLook() {
        assertThat(ConfigDir.home("Linux", Map.of("HOME", "/work/u"), "/home/u")).as("$HOME, as kubectl and the AWS CLI read it")
                .isEqualTo("/work/u");
        assertThat(ConfigDir.home("Mac OS X", Map.of("HOME", "/Users/other"), "/Users/u")).isEqualTo("/Users/other");
        assertThat(ConfigDir.home("Linux", Map.of(), "/home/u")).isEqualTo("/home/u");
        assertThat(ConfigDir.home("Linux", Map.of("HOME", ""), "/home/u")).isEqualTo("/home/u");
        assertThat(ConfigDir.home("Windows 11", Map.of("HOME", "/c/msys/u"), "C:\\Users\\u")).as("a profile folder, as on Windows they read it")
                .isEqualTo("C:\\Users\\u");
    }

    /** A real `weft` run under another HOME (no XDG_CONFIG_HOME) looks for its settings there, as the shell's tools do. */
    @Test
    void aWeftRunUnderAnotherHomeLooksForItsSettingsThere(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        ProcessBuilder weft = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.weft.Main", "token", "--profile", "Nobody").redirectErrorStream(true);
        weft.environment().remove("XDG_CONFIG_HOME");
        weft.environment().put("HOME", home.toString());
        Process p = weft.start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(said).contains("no profile named \"Nobody\" in " + home.resolve(".config").resolve("weft").resolve("profiles.json"));
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
