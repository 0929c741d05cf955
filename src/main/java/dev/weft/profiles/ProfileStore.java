package dev.weft.profiles;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.weft.api.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The saved profiles, as JSON in the config dir, written atomically. Never tokens. A file that cannot
 * be read is moved aside (kept for the user) and reported, never silently replaced.
 */
public final class ProfileStore {
    public static final String FILE = "profiles.json";

    private final Path file;

    public ProfileStore(Path configDir) {
        this.file = configDir.resolve(FILE);
    }

    /** What loading found: the profiles, and a sentence for the user when the file had to be set aside. */
    public record Loaded(List<Profile> profiles, Optional<String> problem) {
    }

    private record FileFormat(int version, List<Profile> profiles) {
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(List.of(), Optional.empty());
        }
        try {
            FileFormat f = Json.MAPPER.readValue(file.toFile(), new TypeReference<FileFormat>() { });
            List<Profile> profiles = f.profiles() == null ? List.of() : f.profiles().stream()
                    .filter(p -> p.kind() != Profile.Kind.ENVIRONMENT).toList();
            return new Loaded(profiles, Optional.empty());
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

    /** Saves the profiles that belong in the file: saved and sandbox ones, never the environment's. */
    public void save(List<Profile> profiles) throws IOException {
        List<Profile> keep = profiles.stream().filter(p -> p.kind() != Profile.Kind.ENVIRONMENT).toList();
        AtomicFiles.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(new FileFormat(1, keep)));
    }
}
