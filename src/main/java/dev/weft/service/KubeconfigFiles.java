package dev.weft.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.weft.api.Json;
import dev.weft.domain.kubeconfig.KubeconfigEntry;
import dev.weft.domain.kubeconfig.Kubeconfigs;
import dev.weft.profiles.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes kubeconfigs as seed 002 asks: owner-only (0600), atomically, and when a file is merged
 * into or replaced, the old one is backed up first. A file that was readable by others is reported.
 */
public final class KubeconfigFiles {
    private KubeconfigFiles() {
    }

    /** What writing did: where, the backup it made, and a warning when the old file was too open. */
    public record Written(Path file, Optional<Path> backup, Optional<String> warning) {
    }

    /**
     * Where kubectl puts a new context: with {@code $KUBECONFIG} a list, the first of its files that exists, else its
     * last (kubectl's rule; empty entries skipped); without it, {@code ~/.kube/config}. Blocking: a few file checks.
     */
    public static Path defaultPath(Map<String, String> env, String home) {
        List<Path> listed = listed(env);
        if (listed.isEmpty()) {
            return Path.of(home, ".kube", "config");
        }
        return listed.stream().filter(Files::exists).findFirst().orElse(listed.get(listed.size() - 1));
    }

    /** Whether kubectl reads {@code file} with no {@code --kubeconfig}: one of {@code $KUBECONFIG}'s, else {@code ~/.kube/config}. */
    public static boolean readByKubectl(Path file, Map<String, String> env, String home) {
        List<Path> listed = listed(env);
        List<Path> read = listed.isEmpty() ? List.of(Path.of(home, ".kube", "config")) : listed;
        Path f = file.toAbsolutePath().normalize();
        return read.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(f));
    }

    /** The files {@code $KUBECONFIG} lists, in its order, empty entries skipped. */
    private static List<Path> listed(Map<String, String> env) {
        String kc = env.get("KUBECONFIG");
        return kc == null ? List.of() : java.util.Arrays.stream(kc.split(java.io.File.pathSeparator))
                .filter(p -> !p.isBlank()).map(p -> Path.of(p.strip())).toList();
    }

    /** Adds the entry to {@code file} (merging when it exists, creating it otherwise). Blocking. */
    public static Written merge(Path file, KubeconfigEntry entry, boolean makeCurrent) throws IOException {
        return merge(file, List.of(entry), makeCurrent ? entry : null);
    }

    /**
     * Adds the entries to {@code file} (merging when it exists, creating it otherwise), in one write and one
     * backup; {@code current}, when given, becomes kubectl's current context. Blocking.
     */
    public static Written merge(Path file, List<KubeconfigEntry> entries, KubeconfigEntry current) throws IOException {
        ObjectNode doc;
        if (!Files.exists(file)) {
            doc = Kubeconfigs.fresh(entries.get(0));
        } else {
            JsonNode existing = Json.YAML.readTree(file.toFile());
            if (existing != null && !existing.isNull() && !existing.isObject()) {
                throw new IOException(file + " is not a kubeconfig (its top level is not a mapping); nothing was changed");
            }
            doc = existing == null || existing.isNull() ? Json.YAML.createObjectNode() : (ObjectNode) existing;
        }
        for (KubeconfigEntry e : entries) {
            Kubeconfigs.merge(doc, e, e == current);
        }
        return write(file, doc);
    }

    /** Writes a kubeconfig holding only the entry, replacing (after backing up) any file there. Blocking. */
    public static Written replace(Path file, KubeconfigEntry entry) throws IOException {
        return replace(file, List.of(entry), entry);
    }

    /**
     * Writes a kubeconfig holding only the entries, replacing (after backing up) any file there; {@code current}
     * (else the first) is the current context. Blocking.
     */
    public static Written replace(Path file, List<KubeconfigEntry> entries, KubeconfigEntry current) throws IOException {
        ObjectNode doc = Kubeconfigs.fresh(current == null ? entries.get(0) : current);
        for (KubeconfigEntry e : entries) {
            Kubeconfigs.merge(doc, e, false);
        }
        return write(file, doc);
    }

    private static Written write(Path file, ObjectNode doc) throws IOException {
        Optional<String> warning = Optional.empty();
        if (Files.exists(file) && AtomicFiles.readableByOthers(file)) {
            warning = Optional.of(file + " was readable by other users; Weft wrote it back owner-only (0600), "
                    + "as kubeconfig files holding credentials should be.");
        }
        Optional<Path> backup = AtomicFiles.backup(file);
        AtomicFiles.write(file, Json.YAML.writeValueAsBytes(doc));
        return new Written(file, backup, warning);
    }
}
