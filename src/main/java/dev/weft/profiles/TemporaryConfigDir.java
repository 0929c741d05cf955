package dev.weft.profiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A settings folder for one run that must not touch the user's own (a smoke run, a test), deleted with
 * everything in it when the run is done: each run left one behind in the system's temporary folder.
 */
public final class TemporaryConfigDir implements AutoCloseable {
    private final Path path;

    private TemporaryConfigDir(Path path) {
        this.path = path;
    }

    public static TemporaryConfigDir create(String prefix) {
        try {
            return new TemporaryConfigDir(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    /** Deletes the folder and what is in it; what cannot be deleted (a file still being written) stays. */
    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the system's cleaning of its temporary folder
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // gone already, or unreadable: nothing more to do
        }
    }
}
