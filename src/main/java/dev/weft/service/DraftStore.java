package dev.weft.service;

import dev.weft.api.Json;
import dev.weft.api.objectstorage.AccessPolicy;
import dev.weft.domain.kubeconfig.Kubeconfigs;
import dev.weft.profiles.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Unsaved policy edits, kept in the config dir so a crash or a restart loses nothing: the edited
 * policy, and the server's version it started from (to detect conflicts when it is applied later).
 */
public final class DraftStore {
    /**
     * A saved draft; {@code base} is null for a policy that did not exist on the server. {@code writer} is the
     * Weft process that saved it (null in drafts saved before it was kept).
     */
    public record Draft(String profileId, AccessPolicy policy, AccessPolicy base, Instant savedAt, Writer writer) {
        /** A draft this process saves now. */
        public Draft(String profileId, AccessPolicy policy, AccessPolicy base, Instant savedAt) {
            this(profileId, policy, base, savedAt, Writer.THIS_PROCESS);
        }
    }

    /** A process, told apart from a later one given the same id by its start time. */
    public record Writer(long pid, Instant started) {
        static final Writer THIS_PROCESS = of(ProcessHandle.current());

        public static Writer of(ProcessHandle process) {
            return new Writer(process.pid(), process.info().startInstant().map(DraftStore::toMillis).orElse(null));
        }

        /**
         * Another Weft window, still open, that is keeping this draft as it is edited there: not one to offer
         * back here as left by a crash. Where a start time is unknown the draft is offered: shown twice rather
         * than hidden behind a process that may not be Weft.
         */
        boolean isAnotherRunningProcess() {
            return !equals(THIS_PROCESS) && started != null && ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(Writer::of).filter(running -> started.equals(running.started())).isPresent();
        }
    }

    private static Instant toMillis(Instant t) {
        return Instant.ofEpochMilli(t.toEpochMilli());
    }

    private final Path dir;

    public DraftStore(Path configDir) {
        this.dir = configDir.resolve("drafts");
    }

    private Path file(String profileId, String key) {
        return dir.resolve("policy-" + Kubeconfigs.slug(profileId) + "-" + Kubeconfigs.slug(key) + ".json");
    }

    /** Saves atomically, owner-only. Blocking. {@code key} names the draft: the policy's name when it was opened. */
    public void save(String key, Draft draft) throws IOException {
        Path file = file(draft.profileId(), key);
        try {
            AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(draft));
        } catch (IOException e) {
            throw new IOException(AtomicFiles.whyNotWritten(file, e), e);
        }
    }

    public void delete(String profileId, String key) throws IOException {
        Files.deleteIfExists(file(profileId, key));
    }

    /**
     * The drafts of one profile, newest first, but for those another running Weft window is still writing;
     * unreadable files are skipped (and left for the user).
     */
    public List<Draft> list(String profileId) {
        List<Draft> out = new ArrayList<>();
        files(profileId).forEach((p, d) -> {
            if (d.writer() == null || !d.writer().isAnotherRunningProcess()) {
                out.add(d);
            }
        });
        out.sort((a, b) -> b.savedAt().compareTo(a.savedAt()));
        return out;
    }

    /** Deletes every draft of a profile that is removed: none of them could be offered again. Blocking. */
    public void deleteAll(String profileId) throws IOException {
        for (Path p : files(profileId).keySet()) {
            Files.deleteIfExists(p);
        }
    }

    /**
     * The readable drafts of one profile, by file. By name first, then by the profile each names: the names of
     * "environment" and "environment-kupe" begin alike.
     */
    private java.util.Map<Path, Draft> files(String profileId) {
        java.util.Map<Path, Draft> out = new java.util.LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        String prefix = "policy-" + Kubeconfigs.slug(profileId) + "-";
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
                read(p).filter(d -> d.profileId() == null || d.profileId().equals(profileId)).ifPresent(d -> out.put(p, d));
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private static Optional<Draft> read(Path p) {
        try {
            return Optional.of(Json.MAPPER.readValue(p.toFile(), Draft.class));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
