package dev.weft.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.weft.api.Json;
import dev.weft.domain.kubeconfig.KubeconfigEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Kubeconfig files as kubectl and seed 002 expect them: parsed back as YAML, owner-only, merged without loss. */
class KubeconfigFilesTest {
    @TempDir
    Path dir;

    private static final String EXISTING = """
            apiVersion: v1
            kind: Config
            current-context: work
            clusters:
            - name: work-cluster
              cluster:
                server: https://work.example.com
                certificate-authority-data: Q0E=
            users:
            - name: work-user
              user:
                token: keep-me
            contexts:
            - name: work
              context:
                cluster: work-cluster
                user: work-user
                namespace: team-a
            preferences:
              colors: true
            """;

    private static KubeconfigEntry exec(String cluster) {
        return new KubeconfigEntry("cks-" + cluster, "https://abc-123.k8s.us-east-04a.coreweave.com", null, "weft-prod",
                "cks-" + cluster, new KubeconfigEntry.Exec("weft", List.of("token", "--profile", "Prod")));
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewFileIsValidYamlOwnerOnlyAndHoldsNoToken() throws Exception {
        Path file = dir.resolve("new/config");
        KubeconfigFiles.Written w = KubeconfigFiles.merge(file, exec("prod-east"), true);
        assertThat(w.backup()).isEmpty();
        assertThat(perms(file)).isEqualTo("rw-------");
        JsonNode doc = Json.YAML.readTree(file.toFile());
        assertThat(doc.path("current-context").asText()).isEqualTo("cks-prod-east");
        assertThat(doc.at("/clusters/0/cluster/server").asText()).isEqualTo("https://abc-123.k8s.us-east-04a.coreweave.com");
        JsonNode exec = doc.at("/users/0/user/exec");
        assertThat(exec.path("apiVersion").asText()).isEqualTo("client.authentication.k8s.io/v1");
        assertThat(exec.path("command").asText()).isEqualTo("weft");
        assertThat(exec.path("args").toString()).isEqualTo("[\"token\",\"--profile\",\"Prod\"]");
        assertThat(Files.readString(file)).doesNotContain("token:");
    }

    /** Several clusters at once: one write and one backup, the others kept, the chosen one current. */
    @Test
    void severalEntriesGoInOneWriteWithOneBackupAndTheChosenCurrent() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, EXISTING);
        KubeconfigEntry east = exec("prod-east");
        KubeconfigFiles.Written w = KubeconfigFiles.merge(file, List.of(exec("legacy-batch"), east, exec("train-west")), east);
        JsonNode doc = Json.YAML.readTree(file.toFile());
        assertThat(doc.path("contexts").findValuesAsText("name")).containsExactly("work", "cks-legacy-batch", "cks-prod-east", "cks-train-west");
        assertThat(doc.path("current-context").asText()).isEqualTo("cks-prod-east");
        assertThat(doc.at("/users/0/user/token").asText()).as("the other entries as they were").isEqualTo("keep-me");
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> !f.equals(file)).toList()).as("one backup").containsExactly(w.backup().orElseThrow());
        }

        KubeconfigFiles.merge(file, List.of(exec("new-one")), null);
        assertThat(Json.YAML.readTree(file.toFile()).path("current-context").asText()).as("none asked for: left").isEqualTo("cks-prod-east");

        Path fresh = dir.resolve("fleet");
        KubeconfigFiles.replace(fresh, List.of(exec("legacy-batch"), east), east);
        JsonNode only = Json.YAML.readTree(fresh.toFile());
        assertThat(only.path("contexts").findValuesAsText("name")).containsExactlyInAnyOrder("cks-legacy-batch", "cks-prod-east");
        assertThat(only.path("current-context").asText()).isEqualTo("cks-prod-east");
    }

    @Test
    void mergingKeepsEveryOtherEntryBacksUpAndWarnsAboutLoosePermissions() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, EXISTING);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        KubeconfigFiles.Written w = KubeconfigFiles.merge(file, exec("prod-east"), false);
        assertThat(w.warning()).hasValueSatisfying(s -> assertThat(s).contains("readable by other users"));
        assertThat(w.backup()).hasValueSatisfying(b -> {
            try {
                assertThat(Files.readString(b)).isEqualTo(EXISTING);
                assertThat(perms(b)).isEqualTo("rw-------");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(perms(file)).isEqualTo("rw-------");
        JsonNode doc = Json.YAML.readTree(file.toFile());
        assertThat(doc.path("current-context").asText()).as("not asked to switch").isEqualTo("work");
        assertThat(doc.path("contexts").findValuesAsText("name")).containsExactly("work", "cks-prod-east");
        assertThat(doc.at("/contexts/0/context/namespace").asText()).isEqualTo("team-a");
        assertThat(doc.at("/users/0/user/token").asText()).isEqualTo("keep-me");
        assertThat(doc.at("/preferences/colors").asBoolean()).isTrue();

        KubeconfigFiles.merge(file, exec("prod-east"), true);
        JsonNode again = Json.YAML.readTree(file.toFile());
        assertThat(again.path("clusters")).as("the same names are replaced, not duplicated").hasSize(2);
        assertThat(again.path("current-context").asText()).isEqualTo("cks-prod-east");
    }

    @Test
    void anEmbeddedTokenIsWrittenOnlyWhenChosen() throws Exception {
        Path file = dir.resolve("embedded");
        KubeconfigEntry entry = new KubeconfigEntry("kupe-production", "https://production.clusters.kupe.cloud", "Q0E=",
                "weft-kupe-token", "kupe-production", new KubeconfigEntry.Token("kupe_secret_123"));
        assertThat(entry.toString()).doesNotContain("kupe_secret_123");
        KubeconfigFiles.replace(file, entry);
        JsonNode doc = Json.YAML.readTree(file.toFile());
        assertThat(doc.at("/users/0/user/token").asText()).isEqualTo("kupe_secret_123");
        assertThat(doc.at("/clusters/0/cluster/certificate-authority-data").asText()).isEqualTo("Q0E=");
        assertThat(perms(file)).isEqualTo("rw-------");
    }

    @Test
    void aFileThatIsNotAKubeconfigIsLeftAlone() throws Exception {
        Path file = dir.resolve("list");
        Files.writeString(file, "- just\n- a list\n");
        try {
            KubeconfigFiles.merge(file, exec("x"), true);
            throw new AssertionError("expected a refusal");
        } catch (java.io.IOException e) {
            assertThat(e.getMessage()).contains("not a kubeconfig");
        }
        assertThat(Files.readString(file)).isEqualTo("- just\n- a list\n");
    }

    /** As kubectl places a new context: the first listed file that exists, else the last listed. */
    @Test
    void theDefaultPathFollowsKubeconfig(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        String list = one + java.io.File.pathSeparator + two;
        assertThat(KubeconfigFiles.defaultPath(Map.of("KUBECONFIG", list), "/home/u")).as("none exists: the last").isEqualTo(two);
        Files.writeString(two, "apiVersion: v1\n");
        assertThat(KubeconfigFiles.defaultPath(Map.of("KUBECONFIG", list), "/home/u")).as("the first that exists").isEqualTo(two);
        Files.writeString(one, "apiVersion: v1\n");
        assertThat(KubeconfigFiles.defaultPath(Map.of("KUBECONFIG", list), "/home/u")).isEqualTo(one);
        assertThat(KubeconfigFiles.defaultPath(Map.of("KUBECONFIG", java.io.File.pathSeparator + one), "/home/u"))
                .as("an empty entry is not the folder Weft runs in").isEqualTo(one);
        assertThat(KubeconfigFiles.defaultPath(Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.kube/config"));
    }

    /**
     * After an export Weft says how kubectl reaches the cluster: with no --kubeconfig where kubectl reads the file by
     * itself (every file $KUBECONFIG lists, else ~/.kube/config), named whole where a path has a space.
     */
    @Test
    void theKubectlToTryNamesTheFileOnlyWhereKubectlDoesNotReadIt(@TempDir Path dir) throws Exception {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        Map<String, String> env = Map.of("KUBECONFIG", one + java.io.File.pathSeparator + two);
        assertThat(KubeconfigFiles.readByKubectl(two, env, "/home/u")).as("merged from every listed file").isTrue();
        assertThat(KubeconfigFiles.readByKubectl(dir.resolve("x/../one"), env, "/home/u")).isTrue();
        assertThat(KubeconfigFiles.readByKubectl(Path.of("/home/u/.kube/config"), env, "/home/u")).as("not while $KUBECONFIG is set").isFalse();
        assertThat(KubeconfigFiles.readByKubectl(Path.of("/home/u/.kube/config"), Map.of(), "/home/u")).isTrue();
        assertThat(KubeconfigFiles.readByKubectl(Path.of("/home/u/.kube/weft.yaml"), Map.of(), "/home/u")).isFalse();

        assertThat(dev.weft.domain.kubeconfig.Kubeconfigs.tryCommand(null, null)).isEqualTo("kubectl get nodes");
        String named = dev.weft.domain.kubeconfig.Kubeconfigs.tryCommand(Path.of("/home/u/My Configs/cw.yaml"), "cks-prod-east");
        assertThat(dev.weft.testing.ShellReads.words(named)).as("as a shell reads it")
                .containsExactly("kubectl", "--kubeconfig", "/home/u/My Configs/cw.yaml", "--context", "cks-prod-east", "get", "nodes");
    }
}
