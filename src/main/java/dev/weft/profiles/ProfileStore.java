package dev.weft.profiles;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.weft.api.Json;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The saved profiles, as JSON in the config dir, written atomically. Never tokens. A file that cannot
 * be read is moved aside (kept for the user) and reported, never silently replaced.
 */
public final class ProfileStore {
    public static final String FILE = "profiles.json";
    /** Held while a change reads and writes the file; other Weft processes on this computer wait for it. */
    public static final String LOCK = ".profiles.lock";
    /** A JVM holds a file lock for all its threads, so this process's own changes queue here first. */
    private static final Object THIS_PROCESS = new Object();

    private final Path file;
    private final Path lock;

    public ProfileStore(Path configDir) {
        this.file = configDir.resolve(FILE);
        this.lock = configDir.resolve(LOCK);
    }

    /** What loading found: the profiles, and a sentence for the user when the file had to be set aside. */
    public record Loaded(List<Profile> profiles, Optional<String> problem) {
    }

    private record FileFormat(int version, List<Profile> profiles) {
    }

    public Path file() {
        return file;
    }

    /** The profiles as saved now, without touching the file; empty when there is none or it cannot be read. Blocking. */
    public Optional<List<Profile>> read() {
        try {
            return Files.exists(file) ? Optional.of(parse()) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private List<Profile> parse() throws IOException {
        FileFormat f = Json.MAPPER.readValue(file.toFile(), new TypeReference<FileFormat>() { });
        return f.profiles() == null ? List.of() : f.profiles().stream().filter(p -> p.kind() != Profile.Kind.ENVIRONMENT).toList();
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(List.of(), Optional.empty());
        }
        try {
            return new Loaded(parse(), Optional.empty());
        } catch (Exception e) {
            String kept;
            try {
                kept = AtomicFiles.moveAside(file, "corrupt").map(Path::toString).orElse("(gone)");
            } catch (IOException moveFailed) {
                kept = file + " (left in place)";
            }
            return new Loaded(List.of(), Optional.of("Your profiles file could not be read, so Weft started without it. "
                    + "It was kept as " + kept + "."));
        }
    }

    /**
     * Changes the profiles as the file has them now, not as this process read them: another Weft window
     * on this computer may have added, changed or removed one since. Without a readable file the change
     * starts from {@code whenNoFile} (this process's profiles). {@code change} runs under a lock that other
     * Weft processes respect, and may refuse by throwing. Blocking. Returns the profiles saved.
     */
    public List<Profile> update(List<Profile> whenNoFile, UnaryOperator<List<Profile>> change) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        synchronized (THIS_PROCESS) {
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = lockIfPossible(channel)) {
                AtomicFiles.ownerOnly(lock);
                List<Profile> base = whenNoFile;
                if (Files.exists(file)) {
                    Loaded now = load();
                    base = now.problem().isPresent() ? whenNoFile : now.profiles();
                }
                return save(change.apply(base));
            }
        }
    }

    /** The lock; null where the file system has none (an NFS home without its lock service): saved unlocked then. */
    private static FileLock lockIfPossible(FileChannel channel) {
        try {
            return channel.lock();
        } catch (IOException e) {
            System.getLogger(ProfileStore.class.getName()).log(System.Logger.Level.WARNING,
                    "profiles saved without a lock (" + e.getMessage() + "): two Weft windows saving at once may drop one's change");
            return null;
        }
    }

    /** Saves the profiles that belong in the file: saved and sandbox ones, never the environment's; returns those. */
    public List<Profile> save(List<Profile> profiles) throws IOException {
        List<Profile> keep = profiles.stream().filter(p -> p.kind() != Profile.Kind.ENVIRONMENT).toList();
        AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(new FileFormat(1, keep)));
        return keep;
    }

    /** {@code profiles} with {@code profile} added or, by its id, replaced; refuses a name another profile has. */
    public static List<Profile> put(List<Profile> profiles, Profile profile) {
        if (profiles.stream().anyMatch(p -> !p.id().equals(profile.id()) && p.name().equalsIgnoreCase(profile.name()))) {
            throw new IllegalStateException("Another profile is named " + profile.name()
                    + " now (saved from another Weft window): choose another name.");
        }
        List<Profile> out = new java.util.ArrayList<>(profiles);
        int at = out.stream().map(Profile::id).toList().indexOf(profile.id());
        if (at >= 0) {
            out.set(at, profile);
        } else {
            out.add(profile);
        }
        return out;
    }

    /** {@code profiles} without the one of {@code id}. */
    public static List<Profile> without(List<Profile> profiles, String id) {
        return profiles.stream().filter(p -> !p.id().equals(id)).toList();
    }
}
